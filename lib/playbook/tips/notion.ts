import type { BundledTipInput } from '../schema';

/** Notion pages. */
export const NOTION_TIPS: readonly BundledTipInput[] = [
  {
    id: 'notion-page-action-items',
    where: { app: 'notion', page: 'page', object: 'page' },
    title: {
      en: 'Pull action items out of meeting notes',
      de: 'Aufgaben aus Besprechungsnotizen herausziehen',
      fr: 'Extraire les actions de notes de réunion',
    },
    why: {
      en: 'Action items buried in notes are forgotten. AI extracts them as a checklist with owners and dates you can paste back into the page.',
      de: 'In Notizen vergrabene Aufgaben werden vergessen. Die KI zieht sie als Checkliste mit Verantwortlichen und Terminen heraus, die Sie wieder in die Seite einfügen können.',
      fr: "Les actions enfouies dans les notes sont oubliées. L'IA les extrait sous forme de liste de contrôle avec responsables et échéances, à recoller dans la page.",
    },
    prompt: {
      en: `Extract every action item from the meeting notes below. Today is {{today}}.

Return a checklist in Markdown: "- [ ] action (owner, due date)". Use "owner?" or "date?" where the notes don't say. Then list decisions made and open questions separately. Don't invent tasks that aren't in the notes.

Notes:
[paste the meeting notes here]`,
      de: `Ziehen Sie jede Aufgabe aus den folgenden Besprechungsnotizen heraus. Heute ist der {{today}}.

Geben Sie eine Checkliste in Markdown aus: „- [ ] Aufgabe (verantwortliche Person, Fälligkeitsdatum)“. Schreiben Sie „Verantwortlich?“ oder „Datum?“, wo die Notizen nichts dazu sagen. Listen Sie danach getroffene Entscheidungen und offene Fragen getrennt auf. Erfinden Sie keine Aufgaben, die nicht in den Notizen stehen.

Notizen:
[Hier die Besprechungsnotizen einfügen]`,
      fr: `Extrayez toutes les actions des notes de réunion ci-dessous. Nous sommes le {{today}}.

Renvoyez une liste de contrôle en Markdown : « - [ ] action (responsable, échéance) ». Écrivez « responsable ? » ou « date ? » là où les notes ne le précisent pas. Listez ensuite séparément les décisions prises et les questions ouvertes. N'inventez pas de tâches absentes des notes.

Notes :
[Collez ici les notes de réunion]`,
    },
    gap: 'clarity',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['notes', 'meetings'],
  },
];
