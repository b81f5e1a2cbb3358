import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with elements inside it ("Type <strong>delete everything</strong> to confirm"):
 * the message keeps its `{name}` placeholders where the elements go, so each language places them
 * where its grammar wants. `message` receives a marker for each name and returns the translated text
 * (`(m) => i18n.t('key', { phrase: m.phrase })`); each marker is then replaced by its node.
 */
export function rich<K extends string>(nodes: Record<K, ReactNode>, message: (marks: Record<K, string>) => string): ReactNode {
  const names = Object.keys(nodes) as K[];
  const marks = Object.fromEntries(names.map((name, i) => [name, `\u{E000}${i}\u{E001}`])) as Record<K, string>;
  const text = message(marks);
  const parts = text.split(/\u{E000}(\d+)\u{E001}/u);
  return parts.map((part, i) => {
    if (i % 2 === 0) return part === '' ? null : <Fragment key={i}>{part}</Fragment>;
    const name = names[Number(part)];
    return <Fragment key={i}>{name === undefined ? null : nodes[name]}</Fragment>;
  });
}
