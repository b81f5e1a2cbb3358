import type { BundledTipInput } from '../schema';

/** Slack and Microsoft Teams: channels, threads, direct messages. */
export const SLACK_TIPS: readonly BundledTipInput[] = [
  {
    id: 'slack-thread-catch-up',
    where: { app: 'slack', page: 'thread', object: 'thread' },
    title: {
      en: 'Catch up on a long thread',
      de: 'Einen langen Thread schnell nachholen',
      fr: 'Rattraper un long fil de discussion',
    },
    why: {
      en: "Came back to 80 replies? AI tells you what was decided, what's still open and whether anyone needs you.",
      de: '80 neue Antworten? Die KI sagt Ihnen, was entschieden wurde, was noch offen ist und ob jemand auf Sie wartet.',
      fr: "80 réponses vous attendent ? L'IA vous dit ce qui a été décidé, ce qui reste ouvert et si quelqu'un a besoin de vous.",
    },
    prompt: {
      en: `Summarise this Slack thread for someone who just joined. Today is {{today}}.

- What the thread is about (1 sentence).
- What was decided, and by whom.
- Open questions.
- Anything that needs a reply from me (I am [your name]).
Under 120 words. Refer to people by role if names are removed.

Thread:
[paste the thread messages here]`,
      de: `Fassen Sie diesen Slack-Thread für jemanden zusammen, der gerade dazukommt. Heute ist der {{today}}.

- Worum es im Thread geht (1 Satz).
- Was entschieden wurde, und von wem.
- Offene Fragen.
- Alles, was eine Antwort von mir braucht (ich bin [Ihr Name]).
Höchstens 120 Wörter. Bezeichnen Sie Personen mit ihrer Rolle, wenn Namen entfernt wurden.

Thread:
[Hier die Nachrichten des Threads einfügen]`,
      fr: `Résumez ce fil Slack pour quelqu'un qui vient d'arriver. Nous sommes le {{today}}.

- De quoi parle le fil (1 phrase).
- Ce qui a été décidé, et par qui.
- Les questions ouvertes.
- Tout ce qui attend une réponse de ma part (je suis [votre nom]).
120 mots maximum. Désignez les personnes par leur rôle si les noms ont été retirés.

Fil :
[Collez ici les messages du fil]`,
    },
    gap: 'clarity',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['chat', 'summary'],
  },
  {
    id: 'slack-channel-announcement',
    where: { app: 'slack', page: 'channel', object: 'channel' },
    title: {
      en: 'Write an announcement people actually read',
      de: 'Eine Ankündigung schreiben, die wirklich gelesen wird',
      fr: 'Rédiger une annonce que les gens lisent vraiment',
    },
    why: {
      en: 'Big-channel posts get skimmed. AI structures yours so the change, the impact and the action are visible in the first two lines.',
      de: 'Beiträge in großen Kanälen werden überflogen. Die KI strukturiert Ihren Beitrag so, dass Änderung, Auswirkung und nötige Handlung in den ersten zwei Zeilen stehen.',
      fr: "Dans les grands canaux, les messages sont survolés. L'IA structure le vôtre pour que le changement, son impact et l'action attendue soient visibles dès les deux premières lignes.",
    },
    prompt: {
      en: `Write a Slack announcement for a large channel.

What's changing and why: [describe]
Who is affected and what they must do, by when: [describe]
Where to ask questions: [link or channel]
My notes or first draft, if any:
[paste your notes here]

Format: a bold one-line headline, a two-line summary (what + what you need to do), then short bullets with details. Use at most one emoji. Under 120 words. Also give a one-sentence version for a reminder post.`,
      de: `Schreiben Sie eine Slack-Ankündigung für einen großen Kanal.

Was sich ändert und warum: [beschreiben]
Wer betroffen ist und was bis wann zu tun ist: [beschreiben]
Wo man Fragen stellen kann: [Link oder Kanal]
Meine Notizen oder ein erster Entwurf, falls vorhanden:
[Hier Ihre Notizen einfügen]

Format: eine fett gedruckte Überschrift in einer Zeile, eine Zusammenfassung in zwei Zeilen (was sich ändert + was zu tun ist), dann kurze Aufzählungspunkte mit Details. Höchstens ein Emoji. Höchstens 120 Wörter. Geben Sie außerdem eine Fassung in einem Satz für einen Erinnerungsbeitrag aus.`,
      fr: `Rédigez une annonce Slack pour un canal très suivi.

Ce qui change et pourquoi : [décrivez]
Qui est concerné et ce qu'il faut faire, pour quand : [décrivez]
Où poser ses questions : [lien ou canal]
Mes notes ou un premier brouillon, le cas échéant :
[Collez ici vos notes]

Format : un titre d'une ligne en gras, un résumé en deux lignes (ce qui change + ce qu'il faut faire), puis des puces courtes avec les détails. Un emoji au maximum. 120 mots maximum. Donnez aussi une version en une phrase pour un message de rappel.`,
    },
    gap: 'confidence',
    minutesSaved: 6,
    level: 'everyday',
    tags: ['chat', 'communication'],
  },
  {
    id: 'slack-dm-clear-and-kind',
    where: { app: 'slack', page: 'conversation', object: 'conversation' },
    title: {
      en: 'Say the hard thing clearly and kindly',
      de: 'Schwieriges klar und freundlich ansprechen',
      fr: 'Dire les choses difficiles avec clarté et bienveillance',
    },
    why: {
      en: 'Giving feedback or chasing a late deliverable by DM can feel awkward. AI helps you find words that are direct without being harsh.',
      de: 'Per Direktnachricht Feedback zu geben oder eine verspätete Zulieferung anzumahnen, kann unangenehm sein. Die KI hilft Ihnen, Worte zu finden, die direkt sind, ohne hart zu wirken.',
      fr: "Faire un retour ou relancer un livrable en retard par message privé peut être gênant. L'IA vous aide à trouver des mots directs sans être durs.",
    },
    prompt: {
      en: `Help me write a direct message to a colleague. Situation: [e.g. "their part is 3 days late and blocks my team" or "I need to give feedback on their presentation"].

What I want to achieve: [the outcome]
What I must not lose: [e.g. a good working relationship]
Our recent messages on this, if any:
[paste the relevant messages here]

Write two versions under 80 words: one warm, one more direct. Both should state the fact, the impact and a specific ask, and invite their side of the story. No passive aggression, no exclamation marks.`,
      de: `Helfen Sie mir, eine Direktnachricht an eine Kollegin oder einen Kollegen zu schreiben. Situation: [z. B. „Ihr Teil ist 3 Tage überfällig und blockiert mein Team“ oder „Ich muss Feedback zu ihrer Präsentation geben“].

Was ich erreichen möchte: [das Ergebnis]
Was ich nicht verlieren darf: [z. B. eine gute Zusammenarbeit]
Unsere bisherigen Nachrichten dazu, falls vorhanden:
[Hier die relevanten Nachrichten einfügen]

Schreiben Sie zwei Versionen mit höchstens 80 Wörtern: eine herzliche und eine direktere. Beide sollen den Sachverhalt, die Auswirkung und eine konkrete Bitte nennen und die andere Person einladen, ihre Sicht zu schildern. Nichts Passiv-Aggressives, keine Ausrufezeichen.`,
      fr: `Aidez-moi à écrire un message privé à un collègue. Situation : [p. ex. « sa partie a 3 jours de retard et bloque mon équipe » ou « je dois lui faire un retour sur sa présentation »].

Ce que je veux obtenir : [le résultat]
Ce que je ne dois pas perdre : [p. ex. une bonne relation de travail]
Nos derniers messages à ce sujet, le cas échéant :
[Collez ici les messages utiles]

Rédigez deux versions de 80 mots maximum : une chaleureuse, une plus directe. Les deux doivent énoncer le fait, son impact et une demande précise, et inviter l'autre personne à donner son point de vue. Pas de passif-agressif, pas de point d'exclamation.`,
    },
    gap: 'confidence',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['chat', 'feedback'],
  },
  {
    id: 'slack-safe-to-paste',
    where: { app: 'slack', page: ['channel', 'thread', 'conversation', 'message'] },
    title: {
      en: 'Private channels and DMs: check before you paste',
      de: 'Private Kanäle und DMs: erst prüfen, dann einfügen',
      fr: 'Canaux privés et messages privés : vérifiez avant de coller',
    },
    why: {
      en: 'Messages from private channels and DMs may include personal or confidential information other people shared with you. Paste only what you would be comfortable forwarding, with names removed.',
      de: 'Nachrichten aus privaten Kanälen und DMs können persönliche oder vertrauliche Informationen enthalten, die andere mit Ihnen geteilt haben. Fügen Sie nur ein, was Sie auch weiterleiten würden, und zwar ohne Namen.',
      fr: "Les messages des canaux privés et des messages privés peuvent contenir des informations personnelles ou confidentielles que d'autres vous ont confiées. Ne collez que ce que vous seriez à l'aise de transférer, sans les noms.",
    },
    prompt: {
      en: `Below are chat messages where I have replaced people's names with roles ([MANAGER], [ENGINEER_1], [CUSTOMER]) and removed anything confidential that isn't needed for the task.

Task: [say what you need, e.g. "summarise the discussion and list open questions"]

Refer to people only by these roles.

Messages:
[paste the redacted messages here]`,
      de: `Unten stehen Chat-Nachrichten, in denen ich Namen von Personen durch Rollen ([FÜHRUNGSKRAFT], [ENTWICKLER_1], [KUNDE]) ersetzt und alles Vertrauliche entfernt habe, was für die Aufgabe nicht nötig ist.

Aufgabe: [Sagen Sie, was Sie brauchen, z. B. „Fassen Sie die Diskussion zusammen und listen Sie offene Fragen auf“]

Bezeichnen Sie Personen nur mit diesen Rollen.

Nachrichten:
[Hier die bereinigten Nachrichten einfügen]`,
      fr: `Voici des messages de discussion dans lesquels j'ai remplacé les noms des personnes par des rôles ([MANAGER], [INGÉNIEUR_1], [CLIENT]) et retiré tout élément confidentiel inutile pour la tâche.

Tâche : [Dites ce dont vous avez besoin, p. ex. « Résumez la discussion et listez les questions ouvertes »]

Désignez les personnes uniquement par ces rôles.

Messages :
[Collez ici les messages anonymisés]`,
    },
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['privacy', 'policy'],
  },
];

export const TEAMS_TIPS: readonly BundledTipInput[] = [
  {
    id: 'teams-channel-recap',
    where: { app: 'teams', page: 'channel', object: 'channel' },
    title: {
      en: 'Recap the channel discussion for your team',
      de: 'Die Kanaldiskussion für Ihr Team zusammenfassen',
      fr: 'Récapituler la discussion du canal pour votre équipe',
    },
    why: {
      en: 'When a channel discussion sprawls, a recap post with decisions and owners keeps everyone aligned. AI drafts it from the messages.',
      de: 'Wenn eine Diskussion im Kanal ausufert, hält ein Zusammenfassungsbeitrag mit Entscheidungen und Verantwortlichen alle auf demselben Stand. Die KI entwirft ihn aus den Nachrichten.',
      fr: "Quand une discussion de canal s'éparpille, un message récapitulatif avec les décisions et les responsables garde tout le monde aligné. L'IA le rédige à partir des messages.",
    },
    prompt: {
      en: `Write a recap post of the Teams channel discussion below. Today is {{today}}.

Structure: "Where we landed" (2-3 bullets), "Decisions" (bullets), "Next steps" (action, owner, date), "Still open" (questions). Under 150 words, neutral tone, names replaced by roles if I removed them.

Messages:
[paste the channel messages here]`,
      de: `Schreiben Sie einen Zusammenfassungsbeitrag zur folgenden Diskussion im Teams-Kanal. Heute ist der {{today}}.

Aufbau: „Wo wir stehen“ (2–3 Aufzählungspunkte), „Entscheidungen“ (Aufzählung), „Nächste Schritte“ (Maßnahme, verantwortliche Person, Datum), „Noch offen“ (Fragen). Höchstens 150 Wörter, neutraler Ton, Namen durch Rollen ersetzt, falls ich sie entfernt habe.

Nachrichten:
[Hier die Nachrichten aus dem Kanal einfügen]`,
      fr: `Rédigez un message récapitulatif de la discussion du canal Teams ci-dessous. Nous sommes le {{today}}.

Structure : « Où nous en sommes » (2 à 3 puces), « Décisions » (puces), « Prochaines étapes » (action, responsable, date), « Encore ouvert » (questions). 150 mots maximum, ton neutre, noms remplacés par des rôles si je les ai retirés.

Messages :
[Collez ici les messages du canal]`,
    },
    gap: 'clarity',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['chat', 'summary'],
  },
];
