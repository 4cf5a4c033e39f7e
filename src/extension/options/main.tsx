import { render } from 'preact';
import { applyDocumentLocale } from '../i18n.ts';
import { Options } from './Options.tsx';
import '../theme.css';
import './options.css';

applyDocumentLocale(document, 'optionsTitle');
render(<Options />, document.getElementById('app')!);
