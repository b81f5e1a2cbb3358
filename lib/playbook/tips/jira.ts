import type { BundledTipInput } from '../schema';

/** Jira: issues. */
export const JIRA_TIPS: readonly BundledTipInput[] = [
  {
    id: 'jira-acceptance-criteria',
    where: { app: 'jira', page: 'issue', object: 'issue' },
    title: {
      en: 'Turn this issue into acceptance criteria',
      de: 'Aus diesem Vorgang Akzeptanzkriterien machen',
      fr: "Transformer ce ticket en critères d'acceptation",
    },
    why: {
      en: 'Vague stories cause rework. AI turns a description into testable Given/When/Then criteria, and lists the questions to settle before refinement.',
      de: 'Vage Storys führen zu Nacharbeit. Die KI macht aus einer Beschreibung prüfbare Kriterien nach Given/When/Then und listet die Fragen auf, die vor dem Refinement zu klären sind.',
      fr: "Les stories floues entraînent des reprises. L'IA transforme une description en critères testables au format Given/When/Then et liste les questions à trancher avant l'affinage.",
    },
    prompt: {
      en: `You are a product owner preparing this issue ({{recordId}}) for refinement.

Issue summary and description:
[paste the issue summary and description here]

Write:
1. Acceptance criteria in Given / When / Then form, covering the main flow, edge cases and error states (5-10 criteria).
2. What is explicitly out of scope.
3. Open questions the team must answer before estimating.
Keep each criterion testable: no "should be fast" or "user-friendly".`,
      de: `Sie sind Product Owner und bereiten diesen Vorgang ({{recordId}}) für das Refinement vor.

Zusammenfassung und Beschreibung des Vorgangs:
[Hier die Zusammenfassung und die Beschreibung des Vorgangs einfügen]

Schreiben Sie:
1. Akzeptanzkriterien in der Form Given / When / Then, die den Hauptablauf, Sonderfälle und Fehlerzustände abdecken (5–10 Kriterien).
2. Was ausdrücklich nicht zum Umfang gehört.
3. Offene Fragen, die das Team vor der Schätzung beantworten muss.
Jedes Kriterium muss prüfbar sein: kein „soll schnell sein“ oder „benutzerfreundlich“.`,
      fr: `Vous êtes product owner et préparez ce ticket ({{recordId}}) pour l'affinage.

Résumé et description du ticket :
[Collez ici le résumé et la description du ticket]

Rédigez :
1. Des critères d'acceptation au format Given / When / Then, couvrant le parcours principal, les cas limites et les cas d'erreur (5 à 10 critères).
2. Ce qui est explicitement hors périmètre.
3. Les questions ouvertes auxquelles l'équipe doit répondre avant d'estimer.
Chaque critère doit être testable : pas de « doit être rapide » ni de « convivial ».`,
    },
    gap: 'clarity',
    minutesSaved: 10,
    level: 'first_steps',
    tags: ['engineering', 'refinement'],
  },
  {
    id: 'jira-test-cases',
    where: { app: 'jira', page: 'issue', object: 'issue' },
    title: {
      en: 'Generate test cases from the acceptance criteria',
      de: 'Testfälle aus den Akzeptanzkriterien erzeugen',
      fr: "Générer des cas de test à partir des critères d'acceptation",
    },
    why: {
      en: 'Testers and developers both miss edge cases when they are busy. AI is good at enumerating them systematically from the criteria you already have.',
      de: 'Unter Zeitdruck übersehen Tester wie Entwickler Sonderfälle. Die KI kann sie aus Ihren vorhandenen Kriterien systematisch aufzählen.',
      fr: "Quand ils sont débordés, testeurs et développeurs oublient des cas limites. L'IA sait les énumérer méthodiquement à partir des critères dont vous disposez.",
    },
    prompt: {
      en: `Act as a QA engineer. Write test cases for this issue ({{recordId}}).

Acceptance criteria and description:
[paste the acceptance criteria and description here]

Output a table with: ID, title, preconditions, steps, expected result, type (happy path / edge / negative / accessibility).
Include boundary values and at least 3 negative cases. Finish with which cases are worth automating first and why.`,
      de: `Agieren Sie als QA-Engineer. Schreiben Sie Testfälle für diesen Vorgang ({{recordId}}).

Akzeptanzkriterien und Beschreibung:
[Hier die Akzeptanzkriterien und die Beschreibung einfügen]

Geben Sie eine Tabelle aus mit: ID, Titel, Vorbedingungen, Schritte, erwartetes Ergebnis, Typ (Normalfall / Sonderfall / Negativtest / Barrierefreiheit).
Berücksichtigen Sie Grenzwerte und mindestens 3 Negativtests. Nennen Sie zum Schluss, welche Fälle sich zuerst zu automatisieren lohnen und warum.`,
      fr: `Agissez comme un ingénieur QA. Rédigez les cas de test de ce ticket ({{recordId}}).

Critères d'acceptation et description :
[Collez ici les critères d'acceptation et la description]

Produisez un tableau avec : ID, titre, préconditions, étapes, résultat attendu, type (cas nominal / cas limite / cas négatif / accessibilité).
Incluez des valeurs limites et au moins 3 cas négatifs. Terminez en indiquant quels cas automatiser en premier, et pourquoi.`,
    },
    gap: 'skill',
    minutesSaved: 15,
    level: 'everyday',
    tags: ['engineering', 'testing'],
  },
  {
    id: 'jira-break-down',
    where: { app: 'jira', page: 'issue', object: 'issue' },
    title: {
      en: 'Break this issue down into subtasks',
      de: 'Diesen Vorgang in Teilaufgaben zerlegen',
      fr: 'Découper ce ticket en sous-tâches',
    },
    why: {
      en: "Big tickets hide risk. AI proposes a breakdown into small, independently shippable pieces, so you can see what you're really signing up for.",
      de: 'Große Tickets verbergen Risiken. Die KI schlägt eine Aufteilung in kleine, unabhängig auslieferbare Teile vor, damit Sie sehen, worauf Sie sich wirklich einlassen.',
      fr: "Les gros tickets cachent des risques. L'IA propose un découpage en petites parties livrables indépendamment, pour que vous voyiez ce à quoi vous vous engagez vraiment.",
    },
    prompt: {
      en: `Help me break this issue ({{recordId}}) into subtasks a developer can finish in a day or less.

Issue description, acceptance criteria and any technical notes:
[paste the issue details here]

For each subtask give: a short imperative title, what "done" means, dependencies on other subtasks, and a risk flag if it touches something fragile.
Order them so we get something testable as early as possible. Point out anything that should be a separate story instead.`,
      de: `Helfen Sie mir, diesen Vorgang ({{recordId}}) in Teilaufgaben zu zerlegen, die eine Entwicklerin oder ein Entwickler in höchstens einem Tag erledigen kann.

Beschreibung des Vorgangs, Akzeptanzkriterien und technische Hinweise:
[Hier die Details des Vorgangs einfügen]

Nennen Sie für jede Teilaufgabe: einen kurzen Titel im Imperativ, was „erledigt“ bedeutet, Abhängigkeiten von anderen Teilaufgaben und einen Risikohinweis, falls sie etwas Fragiles berührt.
Ordnen Sie sie so, dass wir so früh wie möglich etwas Testbares haben. Weisen Sie auf alles hin, was besser eine eigene Story wäre.`,
      fr: `Aidez-moi à découper ce ticket ({{recordId}}) en sous-tâches qu'un développeur peut terminer en une journée au plus.

Description du ticket, critères d'acceptation et notes techniques :
[Collez ici les détails du ticket]

Pour chaque sous-tâche, indiquez : un titre court à l'impératif, ce que signifie « terminé », les dépendances avec d'autres sous-tâches, et un signal de risque si elle touche une partie fragile.
Ordonnez-les pour obtenir au plus tôt quelque chose de testable. Signalez tout ce qui devrait plutôt faire l'objet d'une story distincte.`,
    },
    gap: 'skill',
    minutesSaved: 10,
    level: 'everyday',
    tags: ['engineering', 'planning'],
  },
  {
    id: 'jira-bug-report',
    where: { app: 'jira', page: 'issue', object: 'issue' },
    title: {
      en: 'Rewrite a messy bug report so it gets fixed',
      de: 'Einen unklaren Fehlerbericht so umschreiben, dass er behoben wird',
      fr: "Réécrire un rapport de bug confus pour qu'il soit corrigé",
    },
    why: {
      en: "Unsure your bug report is clear enough for the developers? AI restructures it into steps, expected and actual result. You just check it's right.",
      de: 'Unsicher, ob Ihr Fehlerbericht für die Entwicklung klar genug ist? Die KI gliedert ihn in Schritte, erwartetes und tatsächliches Ergebnis. Sie prüfen nur, ob alles stimmt.',
      fr: "Vous doutez que votre rapport de bug soit assez clair pour les développeurs ? L'IA le structure en étapes, résultat attendu et résultat obtenu. Il vous reste à vérifier qu'il est juste.",
    },
    prompt: {
      en: `Rewrite this bug report into a clear, standard format. Use only the facts I give you; where something is missing, write "TODO: ..." instead of inventing it.

Raw report:
[paste the bug description, messages or screenshots' text here]

Format:
Summary (one line, starts with the affected area)
Environment
Steps to reproduce (numbered)
Expected result
Actual result
Frequency and impact
Notes / logs (trimmed to what matters)`,
      de: `Schreiben Sie diesen Fehlerbericht in ein klares Standardformat um. Verwenden Sie nur die Fakten, die ich Ihnen gebe; wo etwas fehlt, schreiben Sie „TODO: …“, statt etwas zu erfinden.

Ursprünglicher Bericht:
[Hier die Fehlerbeschreibung, Meldungen oder den Text aus Screenshots einfügen]

Format:
Zusammenfassung (eine Zeile, beginnt mit dem betroffenen Bereich)
Umgebung
Schritte zum Reproduzieren (nummeriert)
Erwartetes Ergebnis
Tatsächliches Ergebnis
Häufigkeit und Auswirkung
Hinweise / Logs (auf das Wesentliche gekürzt)`,
      fr: `Réécrivez ce rapport de bug dans un format clair et standard. Utilisez uniquement les faits que je vous donne ; là où il manque quelque chose, écrivez « TODO : … » au lieu de l'inventer.

Rapport brut :
[Collez ici la description du bug, les messages ou le texte des captures d'écran]

Format :
Résumé (une ligne, commençant par la zone concernée)
Environnement
Étapes pour reproduire (numérotées)
Résultat attendu
Résultat obtenu
Fréquence et impact
Notes / logs (réduits à l'essentiel)`,
    },
    gap: 'confidence',
    minutesSaved: 6,
    level: 'first_steps',
    tags: ['engineering', 'bugs'],
  },
  {
    id: 'jira-safe-to-paste',
    where: { app: 'jira', page: 'issue' },
    title: {
      en: 'Check logs and code for secrets before pasting',
      de: 'Logs und Code vor dem Einfügen auf Geheimnisse prüfen',
      fr: 'Vérifier logs et code avant de les coller : pas de secrets',
    },
    why: {
      en: "Stack traces and config snippets often carry tokens, passwords, internal URLs or customer data. Mask them first; the AI doesn't need them to help.",
      de: 'Stacktraces und Konfigurationsausschnitte enthalten oft Tokens, Passwörter, interne URLs oder Kundendaten. Maskieren Sie diese zuerst; die KI braucht sie nicht, um zu helfen.',
      fr: "Les traces d'erreur et extraits de configuration contiennent souvent des jetons, des mots de passe, des URL internes ou des données client. Masquez-les d'abord ; l'IA n'en a pas besoin pour vous aider.",
    },
    prompt: {
      en: `I have masked secrets (API keys, tokens, passwords, connection strings), internal hostnames and any customer data in the text below as [SECRET], [HOST] and [CUSTOMER].

Task: [describe what you need, e.g. "explain this stack trace and suggest likely causes"]

Keep the masks as they are and never suggest real-looking values for them.

Text:
[paste the masked log, code or issue text here]`,
      de: `Im folgenden Text habe ich Geheimnisse (API-Schlüssel, Tokens, Passwörter, Verbindungszeichenfolgen), interne Hostnamen und alle Kundendaten als [GEHEIM], [HOST] und [KUNDE] maskiert.

Aufgabe: [Beschreiben Sie, was Sie brauchen, z. B. „Erklären Sie diesen Stacktrace und nennen Sie wahrscheinliche Ursachen“]

Lassen Sie die Masken unverändert und schlagen Sie niemals echt aussehende Werte dafür vor.

Text:
[Hier das maskierte Log, den Code oder den Vorgangstext einfügen]`,
      fr: `Dans le texte ci-dessous, j'ai masqué les secrets (clés d'API, jetons, mots de passe, chaînes de connexion), les noms de serveurs internes et toutes les données client par [SECRET], [HÔTE] et [CLIENT].

Tâche : [Décrivez ce dont vous avez besoin, p. ex. « Expliquez cette trace d'erreur et proposez des causes probables »]

Laissez les masques tels quels et ne proposez jamais de valeurs réalistes pour les remplacer.

Texte :
[Collez ici le log, le code ou le texte du ticket masqué]`,
    },
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['security', 'policy'],
  },
];
