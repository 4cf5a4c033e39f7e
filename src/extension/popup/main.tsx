import { render } from 'preact';
import { applyDocumentLocale } from '../i18n.ts';
import { App } from './App.tsx';
import '../theme.css';
import './popup.css';

applyDocumentLocale(document, 'extName');
render(<App />, document.getElementById('app')!);
