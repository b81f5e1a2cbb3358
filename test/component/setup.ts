import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installI18n } from '../support/i18n';

// Components translate through `i18n.t` (#i18n), which reads chrome.i18n when it is imported.
installI18n('en');

afterEach(() => cleanup());
