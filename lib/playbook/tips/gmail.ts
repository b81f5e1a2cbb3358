import type { BundledTipInput } from '../schema';

/** Gmail: threads, drafts, the inbox. */
export const GMAIL_TIPS: readonly BundledTipInput[] = [
  {
    id: 'gmail-thread-summary-actions',
    where: { app: 'gmail', page: 'thread', object: 'thread' },
    title: {
      en: 'Summarise this thread and list my action items',
      de: 'Diesen Verlauf zusammenfassen und meine Aufgaben auflisten',
      fr: 'Résumer cet échange et lister mes actions',
    },
    why: {
      en: "Long threads bury the one thing you're being asked to do. AI gives you the decision so far and your to-dos with deadlines in seconds.",
      de: 'In langen E-Mail-Verläufen geht die eine Sache unter, um die man Sie bittet. Die KI nennt Ihnen in Sekunden den Stand der Entscheidungen und Ihre Aufgaben mit Fristen.',
      fr: "Les longs échanges noient la seule chose qu'on vous demande. L'IA vous donne en quelques secondes les décisions prises et vos tâches avec leurs échéances.",
    },
    prompt: {
      en: `Summarise the email thread below for me. Today is {{today}}.

Give me:
1. The gist in 2 sentences: what this is about and where it stands.
2. Decisions already made.
3. My action items (I am [your name]): what, for whom, and any deadline, stated or implied.
4. Open questions nobody has answered yet.
If something is ambiguous, say so rather than guessing.

Thread:
[paste the email thread here]`,
      de: `Fassen Sie den folgenden E-Mail-Verlauf für mich zusammen. Heute ist der {{today}}.

Nennen Sie mir:
1. Das Wesentliche in 2 Sätzen: worum es geht und wo die Sache steht.
2. Bereits getroffene Entscheidungen.
3. Meine Aufgaben (ich bin [Ihr Name]): was, für wen und bis wann, ob ausdrücklich genannt oder nur angedeutet.
4. Offene Fragen, die noch niemand beantwortet hat.
Wenn etwas mehrdeutig ist, sagen Sie das, statt zu raten.

Verlauf:
[Hier den E-Mail-Verlauf einfügen]`,
      fr: `Résumez pour moi l'échange d'e-mails ci-dessous. Nous sommes le {{today}}.

Donnez-moi :
1. L'essentiel en 2 phrases : de quoi il s'agit et où en est le sujet.
2. Les décisions déjà prises.
3. Mes actions (je suis [votre nom]) : quoi, pour qui, et l'échéance, explicite ou implicite.
4. Les questions restées sans réponse.
Si quelque chose est ambigu, dites-le plutôt que de deviner.

Échange :
[Collez ici l'échange d'e-mails]`,
    },
    gap: 'clarity',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['email', 'summary'],
  },
  {
    id: 'gmail-compose-tighten',
    where: { app: 'gmail', page: 'compose' },
    title: {
      en: 'Tighten this draft before you send it',
      de: 'Diesen Entwurf vor dem Senden straffen',
      fr: "Resserrer ce brouillon avant de l'envoyer",
    },
    why: {
      en: "Not sure the email sounds right? Ask AI for a shorter, clearer version in your own voice. It's your draft; AI is just the editor.",
      de: 'Nicht sicher, ob die E-Mail richtig klingt? Bitten Sie die KI um eine kürzere, klarere Fassung in Ihrem eigenen Stil. Es bleibt Ihr Entwurf; die KI ist nur das Lektorat.',
      fr: "Vous n'êtes pas sûr du ton de votre e-mail ? Demandez à l'IA une version plus courte et plus claire, dans votre propre style. Le brouillon reste le vôtre ; l'IA ne fait que relire.",
    },
    prompt: {
      en: `Edit my email draft. Keep my voice, my facts and my meaning; don't add new claims.

- Cut it by about a third.
- Put the main point or request in the first two sentences.
- Make any ask explicit, with a date if I gave one.
- Fix grammar and anything that could read as rude or passive-aggressive.

Return the edited email, then a list of the 3 most important changes you made and why.

My draft:
[paste your draft here]`,
      de: `Überarbeiten Sie meinen E-Mail-Entwurf. Behalten Sie meinen Stil, meine Fakten und meine Aussage bei; fügen Sie keine neuen Behauptungen hinzu.

- Kürzen Sie ihn um etwa ein Drittel.
- Stellen Sie das Hauptanliegen oder die Bitte in die ersten zwei Sätze.
- Formulieren Sie jede Bitte ausdrücklich, mit Datum, falls ich eines genannt habe.
- Korrigieren Sie Grammatik und alles, was unhöflich oder passiv-aggressiv wirken könnte.

Geben Sie die überarbeitete E-Mail aus, dann eine Liste der 3 wichtigsten Änderungen und warum Sie sie vorgenommen haben.

Mein Entwurf:
[Hier Ihren Entwurf einfügen]`,
      fr: `Révisez mon brouillon d'e-mail. Conservez mon style, mes faits et mon propos ; n'ajoutez aucune affirmation nouvelle.

- Raccourcissez-le d'environ un tiers.
- Placez le message principal ou la demande dans les deux premières phrases.
- Rendez chaque demande explicite, avec une date si j'en ai donné une.
- Corrigez la grammaire et tout ce qui pourrait paraître brusque ou passif-agressif.

Donnez-moi l'e-mail révisé, puis la liste des 3 modifications les plus importantes et leur raison.

Mon brouillon :
[Collez ici votre brouillon]`,
    },
    gap: 'confidence',
    minutesSaved: 4,
    level: 'first_steps',
    tags: ['email', 'writing'],
  },
  {
    id: 'gmail-thread-say-no',
    where: { app: 'gmail', page: 'thread', object: 'thread' },
    title: {
      en: 'Say no (or not yet) without burning the bridge',
      de: 'Nein (oder noch nicht) sagen, ohne die Beziehung zu belasten',
      fr: 'Dire non (ou pas encore) sans abîmer la relation',
    },
    why: {
      en: 'Declining a request or pushing back on a deadline is where people stall. AI can give you three tones to choose from; you pick and adjust.',
      de: 'Eine Anfrage abzulehnen oder eine Frist zu verschieben, schieben viele vor sich her. Die KI bietet Ihnen drei Tonlagen zur Auswahl; Sie wählen aus und passen an.',
      fr: "Refuser une demande ou repousser une échéance, c'est là qu'on bloque. L'IA vous propose trois tons au choix ; vous choisissez et ajustez.",
    },
    prompt: {
      en: `Help me reply to the email below. I need to [decline / push back on the timeline / ask for more budget: pick one and add details], and keep a good relationship.

Context I can share: [what you can offer instead, your constraints]

Email I'm replying to:
[paste the email here]

Write three versions: (a) warm and brief, (b) firm and direct, (c) collaborative, offering an alternative. Each under 120 words. Then tell me which one you'd send and why.`,
      de: `Helfen Sie mir, auf die folgende E-Mail zu antworten. Ich muss [ablehnen / den Zeitplan verschieben / mehr Budget erbitten: eines auswählen und Details ergänzen] und dabei eine gute Beziehung erhalten.

Kontext, den ich teilen kann: [was Sie stattdessen anbieten können, Ihre Rahmenbedingungen]

E-Mail, auf die ich antworte:
[Hier die E-Mail einfügen]

Schreiben Sie drei Versionen: (a) herzlich und kurz, (b) bestimmt und direkt, (c) kooperativ, mit einer Alternative. Jeweils höchstens 120 Wörter. Sagen Sie mir dann, welche Sie senden würden und warum.`,
      fr: `Aidez-moi à répondre à l'e-mail ci-dessous. Je dois [refuser / repousser le calendrier / demander plus de budget : choisissez une option et ajoutez des détails], tout en préservant une bonne relation.

Contexte que je peux partager : [ce que vous pouvez proposer à la place, vos contraintes]

E-mail auquel je réponds :
[Collez ici l'e-mail]

Rédigez trois versions : (a) chaleureuse et brève, (b) ferme et directe, (c) collaborative, avec une alternative. Chacune en 120 mots maximum. Dites-moi ensuite laquelle vous enverriez, et pourquoi.`,
    },
    gap: 'confidence',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['email', 'writing'],
  },
  {
    id: 'gmail-inbox-triage',
    where: { app: 'gmail', page: 'inbox' },
    title: {
      en: 'Triage a full inbox in one pass',
      de: 'Einen vollen Posteingang in einem Durchgang sortieren',
      fr: 'Trier une boîte de réception pleine en une seule passe',
    },
    why: {
      en: 'After time off, the hard part is deciding what matters. Paste sender and subject lines and let AI sort them into now, this week and skip.',
      de: 'Nach einer Abwesenheit ist das Schwierigste, zu entscheiden, was wichtig ist. Fügen Sie Absender und Betreffzeilen ein und lassen Sie die KI nach „sofort“, „diese Woche“ und „überspringen“ sortieren.',
      fr: "Au retour de congés, le plus dur est de décider ce qui compte. Collez les expéditeurs et les objets, et laissez l'IA les classer en « maintenant », « cette semaine » et « à ignorer ».",
    },
    prompt: {
      en: `I'm back at work and need to triage my inbox. Today is {{today}}. My role: [your role and current priorities].

Here are sender, subject and first line of each unread email, one per line:
[paste the list here; leave out anything confidential]

Sort them into: Reply today / Handle this week / Read when free / Archive. Use a table with the reason for each. Then list any emails that seem to relate to the same topic so I can answer them together.`,
      de: `Ich bin zurück im Büro und muss meinen Posteingang sortieren. Heute ist der {{today}}. Meine Rolle: [Ihre Rolle und aktuellen Prioritäten].

Hier stehen Absender, Betreff und erste Zeile jeder ungelesenen E-Mail, eine pro Zeile:
[Hier die Liste einfügen; Vertrauliches weglassen]

Ordnen Sie sie ein in: Heute beantworten / Diese Woche erledigen / Bei Gelegenheit lesen / Archivieren. Verwenden Sie eine Tabelle mit einer Begründung für jede E-Mail. Listen Sie dann E-Mails auf, die sich offenbar auf dasselbe Thema beziehen, damit ich sie gemeinsam beantworten kann.`,
      fr: `Je reprends le travail et je dois trier ma boîte de réception. Nous sommes le {{today}}. Mon rôle : [votre rôle et vos priorités actuelles].

Voici l'expéditeur, l'objet et la première ligne de chaque e-mail non lu, un par ligne :
[Collez ici la liste ; laissez de côté tout ce qui est confidentiel]

Classez-les en : Répondre aujourd'hui / Traiter cette semaine / Lire quand j'ai le temps / Archiver. Utilisez un tableau avec la raison pour chacun. Listez ensuite les e-mails qui semblent porter sur le même sujet, pour que je puisse y répondre ensemble.`,
    },
    gap: 'skill',
    minutesSaved: 15,
    level: 'advanced',
    tags: ['email', 'productivity'],
  },
  {
    id: 'gmail-safe-to-paste',
    where: { app: 'gmail', page: ['thread', 'compose'] },
    title: {
      en: "Forwarded threads: what's safe to paste",
      de: 'Weitergeleitete Verläufe: was Sie bedenkenlos einfügen können',
      fr: 'E-mails transférés : ce que vous pouvez coller sans risque',
    },
    why: {
      en: "Email threads carry other people's names, addresses, signatures and sometimes attachments' contents. Strip signatures and personal details first; the summary will be just as good.",
      de: 'E-Mail-Verläufe enthalten Namen, Adressen und Signaturen anderer Personen und manchmal Inhalte von Anhängen. Entfernen Sie zuerst Signaturen und persönliche Angaben; die Zusammenfassung wird genauso gut.',
      fr: "Les échanges d'e-mails contiennent les noms, adresses et signatures d'autres personnes, et parfois le contenu de pièces jointes. Retirez d'abord signatures et données personnelles ; le résumé sera tout aussi bon.",
    },
    prompt: {
      en: `In the email text below I have removed signatures and replaced people's names, email addresses and phone numbers with placeholders like [PERSON_A], [PERSON_B], [EMAIL].

Task: [say what you need, e.g. "summarise and list action items"]

Keep the placeholders as written and refer to people only by them.

Email text:
[paste the redacted email text here]`,
      de: `Im folgenden E-Mail-Text habe ich Signaturen entfernt und Namen, E-Mail-Adressen und Telefonnummern von Personen durch Platzhalter wie [PERSON_A], [PERSON_B] und [E-MAIL] ersetzt.

Aufgabe: [Sagen Sie, was Sie brauchen, z. B. „Fassen Sie zusammen und listen Sie die Aufgaben auf“]

Übernehmen Sie die Platzhalter so, wie sie geschrieben sind, und bezeichnen Sie Personen nur mit ihnen.

E-Mail-Text:
[Hier den bereinigten E-Mail-Text einfügen]`,
      fr: `Dans le texte d'e-mail ci-dessous, j'ai retiré les signatures et remplacé les noms, adresses e-mail et numéros de téléphone des personnes par des balises comme [PERSONNE_A], [PERSONNE_B], [E-MAIL].

Tâche : [Dites ce dont vous avez besoin, p. ex. « Résumez et listez les actions »]

Conservez les balises telles qu'elles sont écrites et désignez les personnes uniquement par elles.

Texte de l'e-mail :
[Collez ici le texte de l'e-mail anonymisé]`,
    },
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['privacy', 'policy'],
  },
];
