// The glossary: every value the training texts explain (lib/panos/training), searchable, grouped
// by kind, each with its meaning, whether it ends a session and what produces it.

import { useMemo, useState } from 'preact/hooks';
import {
  endsSessionLabel,
  GLOSSARY,
  type GlossaryEntry,
  type GlossaryKind,
  KIND_LABELS,
  searchGlossary,
} from '../../lib/panos/training/training';

const KIND_ORDER = Object.keys(KIND_LABELS) as GlossaryKind[];

function EntryRow({ entry }: { entry: GlossaryEntry }) {
  return (
    <tr data-kind={entry.kind} data-value={entry.value} data-documented={String(entry.documented)}>
      <th scope="row">
        <code>{entry.value}</code>
        {!entry.documented && <span class="undocumented">Not documented by PAN-OS</span>}
      </th>
      <td>{entry.meaning}</td>
      <td>{endsSessionLabel(entry)}</td>
      <td>{entry.producedBy}</td>
    </tr>
  );
}

function KindTable({ kind, entries }: { kind: GlossaryKind; entries: GlossaryEntry[] }) {
  const headingId = `kind-${kind}`;
  return (
    <section aria-labelledby={headingId} data-kind-section={kind}>
      <h2 id={headingId}>
        {KIND_LABELS[kind]} <span class="count">({entries.length})</span>
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Meaning</th>
            <th scope="col">Ends the session?</th>
            <th scope="col">Produced by</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <EntryRow key={`${entry.kind}:${entry.value}`} entry={entry} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function App({ initialQuery }: { initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const found = useMemo(() => searchGlossary(query, GLOSSARY), [query]);
  const kinds = KIND_ORDER.map((kind) => ({
    kind,
    entries: found.filter((entry) => entry.kind === kind),
  })).filter((group) => group.entries.length > 0);
  return (
    <main class="glossary">
      <h1>
        <img src="/icon/32.png" alt="" width={24} height={24} /> PAN-OS log values, in plain words
      </h1>
      <p class="muted">
        What each Session End Reason, log type, threat type, action and profile type means, whether it ends a
        session, and which profile or feature produces it. Values PAN-OS does not document are marked so.
      </p>
      <label class="search">
        Search{' '}
        <input
          type="search"
          value={query}
          placeholder="for example: aged-out, block-url, WildFire"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      <p class="muted" role="status" data-part="result-count">
        {found.length === GLOSSARY.length
          ? `${found.length} entries`
          : `${found.length} of ${GLOSSARY.length} entries`}
      </p>
      {kinds.map(({ kind, entries }) => (
        <KindTable key={kind} kind={kind} entries={entries} />
      ))}
      {kinds.length === 0 && <p>Nothing matches “{query}”.</p>}
    </main>
  );
}
