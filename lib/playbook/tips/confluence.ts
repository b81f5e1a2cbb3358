import type { BundledTipInput } from '../schema';

/** Confluence: pages being read and pages being written. */
export const CONFLUENCE_TIPS: readonly BundledTipInput[] = [
  {
    id: 'conf-page-tldr',
    where: { app: 'confluence', page: 'page', object: 'page' },
    title: {
      en: 'Get the TL;DR of this page',
      de: 'Das Wichtigste dieser Seite in Kürze',
      fr: "Obtenir l'essentiel de cette page",
    },
    why: {
      en: "Long specs and meeting pages hide the decisions. AI gives you the summary, the decisions and what's still open, so you know whether to read it all.",
      de: 'Lange Spezifikationen und Besprechungsseiten verstecken die Entscheidungen. Die KI liefert Ihnen Zusammenfassung, Entscheidungen und offene Punkte, damit Sie wissen, ob sich das vollständige Lesen lohnt.',
      fr: "Les longues spécifications et pages de réunion cachent les décisions. L'IA vous donne le résumé, les décisions et ce qui reste ouvert, pour savoir s'il faut tout lire.",
    },
    prompt: {
      en: `Summarise the Confluence page below for a busy colleague.

Give me:
- TL;DR in 3 bullets.
- Decisions recorded on the page.
- Open questions or risks the page mentions.
- Who needs to do what, if stated.
Keep it under 150 words and quote numbers and dates exactly.

Page content:
[paste the page content here]`,
      de: `Fassen Sie die folgende Confluence-Seite für eine vielbeschäftigte Kollegin oder einen vielbeschäftigten Kollegen zusammen.

Nennen Sie mir:
- Das Wichtigste in 3 Aufzählungspunkten.
- Auf der Seite festgehaltene Entscheidungen.
- Offene Fragen oder Risiken, die die Seite nennt.
- Wer was zu tun hat, falls angegeben.
Höchstens 150 Wörter; übernehmen Sie Zahlen und Daten genau.

Inhalt der Seite:
[Hier den Inhalt der Seite einfügen]`,
      fr: `Résumez la page Confluence ci-dessous pour un collègue très occupé.

Donnez-moi :
- L'essentiel en 3 puces.
- Les décisions consignées sur la page.
- Les questions ouvertes ou les risques mentionnés.
- Qui doit faire quoi, si c'est indiqué.
150 mots maximum ; reprenez exactement les chiffres et les dates.

Contenu de la page :
[Collez ici le contenu de la page]`,
    },
    gap: 'clarity',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['documentation', 'summary'],
  },
  {
    id: 'conf-page-decision-record',
    where: { app: 'confluence', page: ['page', 'page_edit'], object: 'page' },
    title: {
      en: 'Turn meeting notes into a decision record',
      de: 'Aus Besprechungsnotizen eine Entscheidungsdokumentation machen',
      fr: 'Transformer des notes de réunion en fiche de décision',
    },
    why: {
      en: 'Decisions made in meetings get forgotten or relitigated. AI turns raw notes into a short decision record anyone can find and understand later.',
      de: 'In Besprechungen getroffene Entscheidungen werden vergessen oder neu verhandelt. Die KI macht aus Rohnotizen eine kurze Entscheidungsdokumentation, die jeder später findet und versteht.',
      fr: "Les décisions prises en réunion sont oubliées ou remises en cause. L'IA transforme des notes brutes en une courte fiche de décision que chacun pourra retrouver et comprendre plus tard.",
    },
    prompt: {
      en: `Turn my meeting notes into a decision record (ADR style) for our wiki. Today is {{today}}.

Notes:
[paste your meeting notes here]

Sections:
Title: "Decision: ..."
Status: (proposed / accepted)
Context: why a decision was needed (3-4 sentences)
Options considered: each with pros and cons
Decision: what we chose and the main reason
Consequences: what changes, what we accept as trade-offs
Follow-ups: action, owner, date
Use only what's in the notes; write "TBD" where something is missing.`,
      de: `Machen Sie aus meinen Besprechungsnotizen eine Entscheidungsdokumentation (im Stil eines ADR) für unser Wiki. Heute ist der {{today}}.

Notizen:
[Hier Ihre Besprechungsnotizen einfügen]

Abschnitte:
Titel: „Entscheidung: …“
Status: (vorgeschlagen / angenommen)
Kontext: warum eine Entscheidung nötig war (3–4 Sätze)
Geprüfte Optionen: jeweils mit Vor- und Nachteilen
Entscheidung: was wir gewählt haben und der Hauptgrund
Konsequenzen: was sich ändert, welche Nachteile wir in Kauf nehmen
Nächste Schritte: Maßnahme, verantwortliche Person, Datum
Verwenden Sie nur, was in den Notizen steht; schreiben Sie „offen“, wo etwas fehlt.`,
      fr: `Transformez mes notes de réunion en fiche de décision (style ADR) pour notre wiki. Nous sommes le {{today}}.

Notes :
[Collez ici vos notes de réunion]

Sections :
Titre : « Décision : … »
Statut : (proposée / acceptée)
Contexte : pourquoi une décision était nécessaire (3 à 4 phrases)
Options étudiées : chacune avec ses avantages et inconvénients
Décision : ce que nous avons choisi et la raison principale
Conséquences : ce qui change, les compromis que nous acceptons
Suites : action, responsable, date
N'utilisez que ce qui figure dans les notes ; écrivez « à définir » là où il manque quelque chose.`,
    },
    gap: 'skill',
    minutesSaved: 15,
    level: 'everyday',
    tags: ['documentation', 'decisions'],
  },
  {
    id: 'conf-edit-structure',
    where: { app: 'confluence', page: 'page_edit', object: 'page' },
    title: {
      en: 'Get feedback on your page before you publish',
      de: 'Feedback zu Ihrer Seite einholen, bevor Sie sie veröffentlichen',
      fr: 'Obtenir un retour sur votre page avant de la publier',
    },
    why: {
      en: 'Publishing to the whole team can feel exposing. Ask AI to review your draft as a reader would, and fix the confusing parts before anyone else sees it.',
      de: 'Vor dem ganzen Team zu veröffentlichen, kann sich exponiert anfühlen. Lassen Sie die KI Ihren Entwurf aus Lesersicht prüfen und beheben Sie unklare Stellen, bevor andere sie sehen.',
      fr: "Publier devant toute l'équipe peut intimider. Demandez à l'IA de relire votre brouillon comme le ferait un lecteur, et corrigez les passages confus avant que d'autres ne les voient.",
    },
    prompt: {
      en: `Review my draft wiki page as a colleague from another team who has no context.

Draft:
[paste your draft here]

Tell me:
1. In one sentence, what you think the page is for. (If that's not obvious, say so.)
2. The 3 places a reader would get lost, and how to fix each.
3. A better structure as a list of headings.
4. A 2-sentence introduction I could put at the top.
Don't rewrite the whole page.`,
      de: `Prüfen Sie meinen Entwurf einer Wiki-Seite aus der Sicht einer Person aus einem anderen Team, die keinen Kontext hat.

Entwurf:
[Hier Ihren Entwurf einfügen]

Nennen Sie mir:
1. In einem Satz, wozu die Seite Ihrer Meinung nach dient. (Wenn das nicht erkennbar ist, sagen Sie es.)
2. Die 3 Stellen, an denen Lesende den Faden verlieren würden, und wie sich jede verbessern lässt.
3. Eine bessere Gliederung als Liste von Überschriften.
4. Eine Einleitung aus 2 Sätzen, die ich an den Anfang stellen könnte.
Schreiben Sie nicht die ganze Seite neu.`,
      fr: `Relisez mon brouillon de page wiki en vous mettant à la place d'un collègue d'une autre équipe qui n'a aucun contexte.

Brouillon :
[Collez ici votre brouillon]

Dites-moi :
1. En une phrase, à quoi sert cette page selon vous. (Si ce n'est pas évident, dites-le.)
2. Les 3 endroits où un lecteur se perdrait, et comment corriger chacun.
3. Une meilleure structure, sous forme de liste de titres.
4. Une introduction de 2 phrases que je pourrais placer en haut.
Ne réécrivez pas toute la page.`,
    },
    gap: 'confidence',
    minutesSaved: 10,
    level: 'first_steps',
    tags: ['documentation', 'writing'],
  },
];
