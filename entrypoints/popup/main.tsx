import { render } from 'preact';
import { tabIdFromSearch } from '../../lib/shell/popup-state';
import { App } from './App';
import './style.css';

// popup.html?tabId=N targets tab N instead of the active tab: the end-to-end tests open the popup
// as an ordinary page this way (chrome-extension://<id>/popup.html?tabId=N).
render(<App tabId={tabIdFromSearch(location.search)} />, document.getElementById('app')!);
