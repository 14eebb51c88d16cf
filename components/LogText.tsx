// A log value as text. Long values get a capped, scrollable box so one 10 kB field cannot
// push the rest of the panel out of reach.

const LONG_VALUE = 160;

export function LogText({ value }: { value: string }) {
  const long = value.length > LONG_VALUE;
  return (
    <span class={long ? 'tl-value tl-value-long' : 'tl-value'} tabIndex={long ? 0 : undefined}>
      {value}
    </span>
  );
}
