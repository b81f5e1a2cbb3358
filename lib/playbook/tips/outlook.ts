import type { BundledTipInput } from '../schema';

/** Outlook on the web: mail and calendar. */
export const OUTLOOK_TIPS: readonly BundledTipInput[] = [
  {
    id: 'outlook-message-summary-actions',
    where: { app: 'outlook', page: 'message', object: 'message' },
    title: {
      en: 'Summarise this email chain and pull out your to-dos',
      de: 'Diesen E-Mail-Verlauf zusammenfassen und Ihre Aufgaben herausziehen',
      fr: "Résumer cette chaîne d'e-mails et en extraire vos tâches",
    },
    why: {
      en: "Reply-all chains grow fast. AI reads the whole chain and tells you where it landed and what's on you.",
      de: '„Allen antworten“-Verläufe wachsen schnell. Die KI liest den ganzen Verlauf und sagt Ihnen, wo er gelandet ist und was bei Ihnen liegt.',
      fr: "Les chaînes en « Répondre à tous » s'allongent vite. L'IA lit toute la chaîne et vous dit où elle a abouti et ce qui vous revient.",
    },
    prompt: {
      en: `Summarise the email chain below. Today is {{today}}.

1. Where it stands, in 2 sentences.
2. Decisions made so far.
3. What is being asked of me (I am [your name]), with deadlines.
4. Who is waiting on whom.
Keep it under 150 words; quote exact dates and numbers from the emails.

Email chain:
[paste the email chain here]`,
      de: `Fassen Sie den folgenden E-Mail-Verlauf zusammen. Heute ist der {{today}}.

1. Wo die Sache steht, in 2 Sätzen.
2. Bisher getroffene Entscheidungen.
3. Was von mir erwartet wird (ich bin [Ihr Name]), mit Fristen.
4. Wer auf wen wartet.
Höchstens 150 Wörter; übernehmen Sie Daten und Zahlen genau aus den E-Mails.

E-Mail-Verlauf:
[Hier den E-Mail-Verlauf einfügen]`,
      fr: `Résumez la chaîne d'e-mails ci-dessous. Nous sommes le {{today}}.

1. Où en est le sujet, en 2 phrases.
2. Les décisions prises jusqu'ici.
3. Ce que l'on attend de moi (je suis [votre nom]), avec les échéances.
4. Qui attend quoi de qui.
150 mots maximum ; reprenez exactement les dates et les chiffres des e-mails.

Chaîne d'e-mails :
[Collez ici la chaîne d'e-mails]`,
    },
    gap: 'clarity',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['email', 'summary'],
  },
  {
    id: 'outlook-compose-tone',
    where: { app: 'outlook', page: 'compose', object: 'message' },
    title: {
      en: 'Check the tone before it goes to a senior audience',
      de: 'Den Ton prüfen, bevor die E-Mail an die Führungsebene geht',
      fr: "Vérifier le ton avant d'écrire à la direction",
    },
    why: {
      en: 'Writing to leadership or a big customer? AI can tell you how the email will land and suggest a crisper version, before you press send.',
      de: 'Sie schreiben an die Geschäftsleitung oder einen wichtigen Kunden? Die KI sagt Ihnen, wie die E-Mail ankommt, und schlägt eine prägnantere Fassung vor, bevor Sie auf Senden klicken.',
      fr: "Vous écrivez à la direction ou à un client important ? L'IA vous dit comment l'e-mail sera perçu et propose une version plus percutante, avant que vous cliquiez sur Envoyer.",
    },
    prompt: {
      en: `I'm about to send this email to [who: e.g. a VP, a key customer]. Review it as that reader would.

1. In one sentence: how will it land (tone, clarity, length)?
2. What is unclear or could be misread?
3. Rewrite it: bottom line first, short paragraphs, clear ask, same facts, no new promises.

My draft:
[paste your draft here]`,
      de: `Ich möchte diese E-Mail an [wen: z. B. eine Bereichsleitung, einen wichtigen Kunden] senden. Prüfen Sie sie so, wie diese Person sie lesen würde.

1. In einem Satz: Wie wird sie ankommen (Ton, Klarheit, Länge)?
2. Was ist unklar oder könnte missverstanden werden?
3. Schreiben Sie sie um: das Wichtigste zuerst, kurze Absätze, klare Bitte, dieselben Fakten, keine neuen Zusagen.

Mein Entwurf:
[Hier Ihren Entwurf einfügen]`,
      fr: `Je m'apprête à envoyer cet e-mail à [qui : p. ex. un directeur, un client clé]. Relisez-le comme le ferait ce lecteur.

1. En une phrase : comment sera-t-il perçu (ton, clarté, longueur) ?
2. Qu'est-ce qui est flou ou pourrait être mal compris ?
3. Réécrivez-le : l'essentiel d'abord, des paragraphes courts, une demande claire, les mêmes faits, aucune nouvelle promesse.

Mon brouillon :
[Collez ici votre brouillon]`,
    },
    gap: 'confidence',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['email', 'writing'],
  },
  {
    id: 'outlook-event-agenda',
    where: { app: 'outlook', page: 'event', object: 'event' },
    title: {
      en: 'Turn this meeting invite into an agenda',
      de: 'Aus dieser Besprechungseinladung eine Agenda machen',
      fr: 'Transformer cette invitation en ordre du jour',
    },
    why: {
      en: 'Meetings without an agenda run long. Give AI the purpose and attendees and it drafts a timed agenda you can paste into the invite.',
      de: 'Besprechungen ohne Agenda dauern länger. Geben Sie der KI Zweck und Teilnehmende, und sie entwirft eine Agenda mit Zeitplan, die Sie in die Einladung einfügen können.',
      fr: "Les réunions sans ordre du jour s'éternisent. Donnez à l'IA l'objectif et les participants : elle rédige un ordre du jour minuté à coller dans l'invitation.",
    },
    prompt: {
      en: `Draft an agenda for a meeting.

Purpose and context: [paste the invite text or describe the purpose]
Attendees and roles: [list them]
Length: [e.g. 30 minutes]

Give me:
- The meeting goal in one sentence ("By the end we will have...").
- A timed agenda (items with minutes and an owner each), leaving 5 minutes for decisions and next steps.
- 2 pre-reads or questions attendees should think about beforehand.
Format it so I can paste it straight into the invite.`,
      de: `Entwerfen Sie eine Agenda für eine Besprechung.

Zweck und Kontext: [Hier den Einladungstext einfügen oder den Zweck beschreiben]
Teilnehmende und ihre Rollen: [auflisten]
Dauer: [z. B. 30 Minuten]

Nennen Sie mir:
- Das Ziel der Besprechung in einem Satz („Am Ende haben wir …“).
- Eine Agenda mit Zeitangaben (Punkte mit Minuten und jeweils einer verantwortlichen Person), mit 5 Minuten für Entscheidungen und nächste Schritte.
- 2 Unterlagen zur Vorbereitung oder Fragen, über die die Teilnehmenden vorab nachdenken sollten.
Formatieren Sie alles so, dass ich es direkt in die Einladung einfügen kann.`,
      fr: `Rédigez l'ordre du jour d'une réunion.

Objectif et contexte : [Collez ici le texte de l'invitation ou décrivez l'objectif]
Participants et rôles : [listez-les]
Durée : [p. ex. 30 minutes]

Donnez-moi :
- L'objectif de la réunion en une phrase (« À la fin, nous aurons… »).
- Un ordre du jour minuté (des points avec leur durée et un responsable chacun), en gardant 5 minutes pour les décisions et les prochaines étapes.
- 2 documents à lire ou questions auxquelles les participants devraient réfléchir avant.
Mettez-le en forme pour que je puisse le coller directement dans l'invitation.`,
    },
    gap: 'clarity',
    minutesSaved: 7,
    level: 'everyday',
    tags: ['meetings'],
  },
];
