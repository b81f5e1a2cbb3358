import type { BundledTipInput } from '../schema';

/** GitHub: pull requests and issues. */
export const GITHUB_TIPS: readonly BundledTipInput[] = [
  {
    id: 'gh-pr-description',
    where: { app: 'github', page: 'pull', object: 'pull' },
    title: {
      en: 'Write the PR description from your diff',
      de: 'Die PR-Beschreibung aus Ihrem Diff schreiben',
      fr: 'Rédiger la description de la PR à partir de votre diff',
    },
    why: {
      en: 'Reviewers move faster with a clear "what, why, how to test". AI drafts it from your commit messages and diff summary.',
      de: 'Reviewer arbeiten schneller mit einem klaren „Was, warum, wie testen“. Die KI entwirft die Beschreibung aus Ihren Commit-Nachrichten und einer Zusammenfassung des Diffs.',
      fr: "Les relecteurs avancent plus vite avec un « quoi, pourquoi, comment tester » clair. L'IA le rédige à partir de vos messages de commit et d'un résumé du diff.",
    },
    prompt: {
      en: `Write a pull request description for this pull request ({{recordId}}).

Commit messages and a summary of the changes (file list, key hunks):
[paste your commit messages and diff summary here]

Sections:
## What
(2-3 sentences, user-visible effect first)
## Why
(the problem or ticket it solves)
## How
(bullets on the approach and any trade-offs)
## How to test
(numbered steps a reviewer can follow)
## Risks
(what could break, migrations, feature flags)
Be factual: only describe changes that appear in what I pasted.`,
      de: `Schreiben Sie eine Beschreibung für diesen Pull Request ({{recordId}}).

Commit-Nachrichten und eine Zusammenfassung der Änderungen (Dateiliste, wichtigste Hunks):
[Hier Ihre Commit-Nachrichten und die Zusammenfassung des Diffs einfügen]

Abschnitte:
## Was
(2–3 Sätze, die für Nutzer sichtbare Wirkung zuerst)
## Warum
(das Problem oder Ticket, das damit gelöst wird)
## Wie
(Aufzählung zum Vorgehen und zu Abwägungen)
## So testen Sie
(nummerierte Schritte, denen ein Reviewer folgen kann)
## Risiken
(was kaputtgehen könnte, Migrationen, Feature-Flags)
Bleiben Sie sachlich: Beschreiben Sie nur Änderungen, die in meinem Text vorkommen.`,
      fr: `Rédigez la description de cette pull request ({{recordId}}).

Messages de commit et résumé des modifications (liste des fichiers, principaux extraits) :
[Collez ici vos messages de commit et le résumé du diff]

Sections :
## Quoi
(2 à 3 phrases, en commençant par l'effet visible pour les utilisateurs)
## Pourquoi
(le problème ou le ticket résolu)
## Comment
(puces sur l'approche et les compromis éventuels)
## Comment tester
(étapes numérotées qu'un relecteur peut suivre)
## Risques
(ce qui pourrait casser, migrations, feature flags)
Restez factuel : ne décrivez que les modifications présentes dans ce que j'ai collé.`,
    },
    gap: 'clarity',
    minutesSaved: 8,
    level: 'first_steps',
    tags: ['engineering', 'code-review'],
  },
  {
    id: 'gh-pr-review-checklist',
    where: { app: 'github', page: 'pull', object: 'pull' },
    title: {
      en: 'Get a review checklist for this change',
      de: 'Eine Review-Checkliste für diese Änderung erhalten',
      fr: 'Obtenir une liste de contrôle de revue pour cette modification',
    },
    why: {
      en: 'A focused checklist makes reviews sharper and faster. AI tailors one to what the PR actually touches: auth, data, performance, UI.',
      de: 'Eine gezielte Checkliste macht Reviews gründlicher und schneller. Die KI passt sie an das an, was der PR tatsächlich berührt: Authentifizierung, Daten, Performance, UI.',
      fr: "Une liste ciblée rend les revues plus pointues et plus rapides. L'IA l'adapte à ce que touche réellement la PR : authentification, données, performances, interface.",
    },
    prompt: {
      en: `Act as a senior reviewer. Based on the PR description and diff excerpt below, write a review checklist tailored to this change.

[paste the PR description and the most important parts of the diff here]

Group the checklist by: correctness, security and privacy, performance, error handling, tests, and readability. Only include items that apply to this change. Then list the 3 places in the diff you would read most carefully, and why.`,
      de: `Agieren Sie als erfahrener Reviewer. Schreiben Sie auf Grundlage der folgenden PR-Beschreibung und des Diff-Auszugs eine auf diese Änderung zugeschnittene Review-Checkliste.

[Hier die PR-Beschreibung und die wichtigsten Teile des Diffs einfügen]

Gliedern Sie die Checkliste nach: Korrektheit, Sicherheit und Datenschutz, Performance, Fehlerbehandlung, Tests und Lesbarkeit. Nehmen Sie nur Punkte auf, die für diese Änderung gelten. Nennen Sie dann die 3 Stellen im Diff, die Sie am gründlichsten lesen würden, und warum.`,
      fr: `Agissez comme un relecteur expérimenté. À partir de la description de la PR et de l'extrait de diff ci-dessous, rédigez une liste de contrôle de revue adaptée à cette modification.

[Collez ici la description de la PR et les parties les plus importantes du diff]

Regroupez la liste par : exactitude, sécurité et confidentialité, performances, gestion des erreurs, tests et lisibilité. N'incluez que les points qui s'appliquent à cette modification. Indiquez ensuite les 3 endroits du diff que vous liriez le plus attentivement, et pourquoi.`,
    },
    gap: 'skill',
    minutesSaved: 10,
    level: 'everyday',
    tags: ['engineering', 'code-review'],
  },
  {
    id: 'gh-issue-triage',
    where: { app: 'github', page: 'issue', object: 'issue' },
    title: {
      en: 'Triage this issue: reproduce, scope, label',
      de: 'Dieses Issue triagieren: reproduzieren, eingrenzen, labeln',
      fr: 'Trier cette issue : reproduire, délimiter, étiqueter',
    },
    why: {
      en: 'Triaging well means asking for the right missing detail once. AI suggests likely causes, a minimal reproduction and the reply to the reporter.',
      de: 'Gut triagieren heißt, einmal nach dem richtigen fehlenden Detail zu fragen. Die KI schlägt wahrscheinliche Ursachen, eine minimale Reproduktion und die Antwort an die meldende Person vor.',
      fr: "Bien trier, c'est demander une seule fois le bon détail manquant. L'IA suggère les causes probables, une reproduction minimale et la réponse à l'auteur du signalement.",
    },
    prompt: {
      en: `Help me triage this GitHub issue ({{recordId}}).

Issue text and comments:
[paste the issue and comments here]

Give me:
1. A one-line restatement of the problem.
2. Is it a bug, feature request, question or duplicate-looking? Why?
3. The minimal steps to reproduce, or what information is missing to reproduce it.
4. 2-3 likely causes to investigate first.
5. A short, friendly reply to the reporter asking for anything missing.`,
      de: `Helfen Sie mir, dieses GitHub-Issue ({{recordId}}) zu triagieren.

Text des Issues und Kommentare:
[Hier das Issue und die Kommentare einfügen]

Nennen Sie mir:
1. Das Problem in einem Satz neu formuliert.
2. Ist es ein Fehler, ein Feature-Wunsch, eine Frage oder ein mögliches Duplikat? Warum?
3. Die minimalen Schritte zum Reproduzieren, oder welche Informationen dafür fehlen.
4. 2–3 wahrscheinliche Ursachen, die zuerst zu untersuchen sind.
5. Eine kurze, freundliche Antwort an die meldende Person, die nach fehlenden Angaben fragt.`,
      fr: `Aidez-moi à trier cette issue GitHub ({{recordId}}).

Texte de l'issue et commentaires :
[Collez ici l'issue et les commentaires]

Donnez-moi :
1. Une reformulation du problème en une ligne.
2. S'agit-il d'un bug, d'une demande de fonctionnalité, d'une question ou d'un doublon probable ? Pourquoi ?
3. Les étapes minimales pour reproduire, ou les informations qui manquent pour le faire.
4. 2 ou 3 causes probables à examiner en premier.
5. Une réponse courte et aimable à l'auteur du signalement, demandant ce qui manque.`,
    },
    gap: 'clarity',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['engineering', 'triage'],
  },
  {
    id: 'gh-pr-release-note',
    where: { app: 'github', page: 'pull', object: 'pull' },
    title: {
      en: 'Turn this PR into a user-facing release note',
      de: 'Aus diesem PR einen Release-Hinweis für Nutzer machen',
      fr: 'Transformer cette PR en note de version pour les utilisateurs',
    },
    why: {
      en: 'Release notes written by engineers read like commit logs. AI translates the change into what users will notice and why they should care.',
      de: 'Release Notes von Entwicklern lesen sich wie Commit-Logs. Die KI übersetzt die Änderung in das, was Nutzer bemerken, und warum es sie interessieren sollte.',
      fr: "Les notes de version écrites par les ingénieurs ressemblent à des journaux de commits. L'IA traduit la modification en ce que les utilisateurs remarqueront, et pourquoi cela les concerne.",
    },
    prompt: {
      en: `Write a release note entry for the change described below, for end users (not developers).

[paste the PR title and description here]

Rules: one bolded headline that names the benefit, then 1-2 sentences on what changed and how to use it. No internal names, ticket numbers or implementation details. Also give a one-line version for a changelog.`,
      de: `Schreiben Sie einen Eintrag für die Release Notes zu der unten beschriebenen Änderung, für Endnutzer (nicht für Entwickler).

[Hier den Titel und die Beschreibung des PR einfügen]

Regeln: eine fett gedruckte Überschrift, die den Nutzen nennt, dann 1–2 Sätze dazu, was sich geändert hat und wie man es nutzt. Keine internen Namen, Ticketnummern oder Implementierungsdetails. Geben Sie außerdem eine einzeilige Fassung für ein Changelog aus.`,
      fr: `Rédigez une entrée de notes de version pour la modification décrite ci-dessous, destinée aux utilisateurs finaux (pas aux développeurs).

[Collez ici le titre et la description de la PR]

Règles : un titre en gras qui nomme le bénéfice, puis 1 à 2 phrases sur ce qui a changé et comment s'en servir. Pas de noms internes, de numéros de ticket ni de détails d'implémentation. Donnez aussi une version d'une ligne pour un changelog.`,
    },
    gap: 'skill',
    minutesSaved: 5,
    level: 'advanced',
    tags: ['engineering', 'release'],
  },
  {
    id: 'gh-safe-to-paste',
    where: { app: 'github', page: ['pull', 'code', 'commit', 'compare'] },
    title: {
      en: 'Code in AI tools: check what your company allows',
      de: 'Code in KI-Tools: prüfen, was Ihr Unternehmen erlaubt',
      fr: "Du code dans les outils d'IA : vérifiez ce que votre entreprise autorise",
    },
    why: {
      en: 'Many companies allow proprietary code only in the approved AI tool, and never secrets. Use the company tool, and mask keys, tokens and customer data first.',
      de: 'Viele Unternehmen erlauben proprietären Code nur im freigegebenen KI-Tool und Geheimnisse nie. Nutzen Sie das Tool Ihres Unternehmens und maskieren Sie Schlüssel, Tokens und Kundendaten zuerst.',
      fr: "Beaucoup d'entreprises n'autorisent le code propriétaire que dans l'outil d'IA approuvé, et jamais les secrets. Utilisez l'outil de l'entreprise et masquez d'abord clés, jetons et données client.",
    },
    prompt: {
      en: `I'm sharing code from our private repository with you. I have masked secrets, tokens, internal URLs and any customer data as [SECRET], [INTERNAL_URL] and [CUSTOMER_DATA].

Task: [describe what you need, e.g. "explain what this function does and suggest tests"]

Treat the masked values as unknown; don't suggest real-looking replacements.

Code:
[paste the masked code here]`,
      de: `Ich teile Code aus unserem privaten Repository mit Ihnen. Geheimnisse, Tokens, interne URLs und alle Kundendaten habe ich als [GEHEIM], [INTERNE_URL] und [KUNDENDATEN] maskiert.

Aufgabe: [Beschreiben Sie, was Sie brauchen, z. B. „Erklären Sie, was diese Funktion tut, und schlagen Sie Tests vor“]

Behandeln Sie die maskierten Werte als unbekannt; schlagen Sie keine echt aussehenden Ersatzwerte vor.

Code:
[Hier den maskierten Code einfügen]`,
      fr: `Je partage avec vous du code de notre dépôt privé. J'ai masqué les secrets, jetons, URL internes et toutes les données client par [SECRET], [URL_INTERNE] et [DONNÉES_CLIENT].

Tâche : [Décrivez ce dont vous avez besoin, p. ex. « Expliquez ce que fait cette fonction et proposez des tests »]

Considérez les valeurs masquées comme inconnues ; ne proposez pas de valeurs de remplacement réalistes.

Code :
[Collez ici le code masqué]`,
    },
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['security', 'policy'],
  },
];
