import { render } from 'preact';
import { App } from './App';
import './style.css';

// glossary.html?q=words opens with that search (the popup and options link here).
render(
  <App initialQuery={new URLSearchParams(location.search).get('q') ?? ''} />,
  document.getElementById('app')!,
);
