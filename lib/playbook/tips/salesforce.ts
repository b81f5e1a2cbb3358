import type { BundledTipInput } from '../schema';

/** Salesforce: opportunities, cases, leads, accounts, reports. */
export const SALESFORCE_TIPS: readonly BundledTipInput[] = [
  {
    id: 'sf-opp-followup',
    where: { app: 'salesforce', page: 'record', object: 'Opportunity' },
    title: {
      en: 'Draft the follow-up from your last call',
      de: 'Follow-up-E-Mail aus Ihrem letzten Gespräch entwerfen',
      fr: 'Rédiger le suivi de votre dernier appel',
    },
    why: {
      en: 'The follow-up email is where deals stall. Paste your call notes and AI turns them into a clear recap with next steps in a minute; you edit, you send.',
      de: 'An der Follow-up-E-Mail geraten viele Deals ins Stocken. Fügen Sie Ihre Gesprächsnotizen ein, und die KI macht daraus in einer Minute eine klare Zusammenfassung mit nächsten Schritten. Sie überarbeiten, Sie senden.',
      fr: "C'est souvent au moment de l'e-mail de suivi qu'une affaire s'enlise. Collez vos notes d'appel : l'IA en fait en une minute un récapitulatif clair avec les prochaines étapes. Vous relisez, vous envoyez.",
    },
    prompt: {
      en: `You are an experienced account executive. Write a follow-up email for {{recordName}}, based on my notes from the last conversation.

Today is {{today}}.

Requirements:
- Open with one line of thanks that refers to something specific from the call.
- Recap what we agreed in 2-4 bullets, in the customer's words where possible.
- List next steps as bullets, each with an owner (us / them) and a date.
- End with one clear ask.
- Under 180 words. Plain, warm, no hype, no "I hope this email finds you well".

Give me the subject line first, then the email.

My notes from the last call:
[paste your call notes or the last activity here]`,
      de: `Sie sind ein erfahrener Account Executive. Schreiben Sie eine Follow-up-E-Mail zu {{recordName}}, basierend auf meinen Notizen aus dem letzten Gespräch.

Heute ist der {{today}}.

Anforderungen:
- Beginnen Sie mit einem Satz des Dankes, der sich auf etwas Konkretes aus dem Gespräch bezieht.
- Fassen Sie in 2–4 Aufzählungspunkten zusammen, was wir vereinbart haben, möglichst in den Worten des Kunden.
- Führen Sie die nächsten Schritte als Aufzählung auf, jeweils mit Verantwortlichen (wir / Kunde) und Datum.
- Schließen Sie mit einer klaren Bitte.
- Höchstens 180 Wörter. Schlicht, freundlich, ohne Übertreibungen und ohne Floskeln wie „Ich hoffe, es geht Ihnen gut“.

Geben Sie zuerst die Betreffzeile aus, dann die E-Mail.

Meine Notizen aus dem letzten Gespräch:
[Hier Ihre Gesprächsnotizen oder die letzte Aktivität einfügen]`,
      fr: `Vous êtes un commercial grands comptes expérimenté. Rédigez un e-mail de suivi pour {{recordName}}, à partir de mes notes de notre dernier échange.

Nous sommes le {{today}}.

Exigences :
- Commencez par une phrase de remerciement qui fait référence à un point précis de l'appel.
- Récapitulez ce que nous avons convenu en 2 à 4 puces, avec les mots du client lorsque c'est possible.
- Listez les prochaines étapes sous forme de puces, chacune avec un responsable (nous / le client) et une date.
- Terminez par une demande claire.
- 180 mots maximum. Simple, chaleureux, sans exagération et sans formule du type « J'espère que vous allez bien ».

Donnez-moi d'abord l'objet, puis l'e-mail.

Mes notes du dernier appel :
[Collez ici vos notes d'appel ou la dernière activité]`,
    },
    gap: 'clarity',
    minutesSaved: 8,
    level: 'first_steps',
    tags: ['sales', 'email'],
  },
  {
    id: 'sf-opp-call-plan',
    where: { app: 'salesforce', page: 'record', object: 'Opportunity' },
    title: {
      en: 'Prepare a call plan in five minutes',
      de: 'In fünf Minuten einen Gesprächsplan erstellen',
      fr: "Préparer un plan d'appel en cinq minutes",
    },
    why: {
      en: 'A short plan (goal, questions, likely objections) makes the next call better. AI is good at drafting one from the deal facts you already have.',
      de: 'Ein kurzer Plan (Ziel, Fragen, wahrscheinliche Einwände) macht das nächste Gespräch besser. Die KI entwirft ihn gut aus den Deal-Fakten, die Sie bereits haben.',
      fr: "Un plan court (objectif, questions, objections probables) améliore le prochain appel. L'IA sait bien en rédiger un à partir des éléments de l'affaire dont vous disposez déjà.",
    },
    prompt: {
      en: `Act as my sales coach. Prepare a plan for my next call on {{recordName}}.

Deal facts (stage, amount, close date, contacts and their roles, last activity):
[paste the key fields and the latest activity here]

Produce:
1. The one outcome this call must achieve.
2. Five discovery questions, ordered from broad to specific, that fit this stage.
3. The three objections I'm most likely to hear, each with a short, honest answer.
4. What I should ask for at the end of the call.

Be concrete. If a fact you need is missing, say what to find out instead of guessing.`,
      de: `Agieren Sie als mein Vertriebscoach. Bereiten Sie einen Plan für mein nächstes Gespräch zu {{recordName}} vor.

Fakten zum Deal (Phase, Betrag, Abschlussdatum, Kontakte und ihre Rollen, letzte Aktivität):
[Hier die wichtigsten Felder und die letzte Aktivität einfügen]

Erstellen Sie:
1. Das eine Ergebnis, das dieses Gespräch erreichen muss.
2. Fünf Bedarfsfragen, von allgemein zu konkret geordnet, die zu dieser Phase passen.
3. Die drei Einwände, die ich am wahrscheinlichsten höre, jeweils mit einer kurzen, ehrlichen Antwort.
4. Worum ich am Ende des Gesprächs bitten sollte.

Seien Sie konkret. Wenn Ihnen ein Fakt fehlt, sagen Sie, was ich herausfinden sollte, statt zu raten.`,
      fr: `Agissez comme mon coach commercial. Préparez un plan pour mon prochain appel concernant {{recordName}}.

Éléments de l'affaire (étape, montant, date de clôture, contacts et leurs rôles, dernière activité) :
[Collez ici les champs clés et la dernière activité]

Produisez :
1. Le résultat que cet appel doit absolument obtenir.
2. Cinq questions de découverte adaptées à cette étape, de la plus générale à la plus précise.
3. Les trois objections que j'entendrai le plus probablement, chacune avec une réponse courte et honnête.
4. Ce que je dois demander à la fin de l'appel.

Soyez concret. S'il vous manque une information, dites-moi ce qu'il faut vérifier plutôt que de deviner.`,
    },
    gap: 'skill',
    minutesSaved: 10,
    level: 'everyday',
    tags: ['sales', 'meeting-prep'],
  },
  {
    id: 'sf-opp-close-risks',
    where: { app: 'salesforce', page: 'record', object: 'Opportunity' },
    title: {
      en: 'Find the risks to this close date',
      de: 'Risiken für dieses Abschlussdatum finden',
      fr: 'Repérer les risques pesant sur cette date de clôture',
    },
    why: {
      en: 'A second pair of eyes on the deal before forecast call: AI can spot missing decision makers, vague next steps and timeline gaps you have stopped noticing.',
      de: 'Ein zweiter Blick auf den Deal vor dem Forecast-Call: Die KI erkennt fehlende Entscheider, vage nächste Schritte und Lücken im Zeitplan, die Ihnen nicht mehr auffallen.',
      fr: "Un second regard sur l'affaire avant la revue des prévisions : l'IA peut repérer les décideurs manquants, les prochaines étapes floues et les trous dans le calendrier que vous ne voyez plus.",
    },
    prompt: {
      en: `You are a sceptical sales manager reviewing {{recordName}} before the forecast call.

Here is everything I know about the deal (fields, stakeholders, activity history, emails):
[paste the opportunity fields and recent activity here]

Review it and give me:
- The top 3 risks to closing on the current close date, each with the evidence from my notes.
- Anything a MEDDICC-style review would flag as missing (economic buyer, decision process, paper process, champion).
- One specific action for each risk that I can take this week.
- Your honest call: commit, best case or pipeline, and why in one sentence.

Do not invent facts; mark assumptions as assumptions.`,
      de: `Sie sind ein skeptischer Sales Manager und nehmen vor dem Forecast-Call die Angaben zu {{recordName}} unter die Lupe.

Hier ist alles, was ich über den Deal weiß (Felder, Beteiligte, Aktivitätsverlauf, E-Mails):
[Hier die Felder der Opportunity und die letzten Aktivitäten einfügen]

Prüfen Sie den Deal und nennen Sie mir:
- Die 3 größten Risiken für einen Abschluss zum aktuellen Abschlussdatum, jeweils mit dem Beleg aus meinen Notizen.
- Alles, was eine Prüfung nach MEDDICC als fehlend markieren würde (Economic Buyer, Entscheidungsprozess, Beschaffungsprozess, Champion).
- Für jedes Risiko eine konkrete Maßnahme, die ich diese Woche ergreifen kann.
- Ihre ehrliche Einschätzung: Commit, Best Case oder Pipeline, mit einer Begründung in einem Satz.

Erfinden Sie keine Fakten; kennzeichnen Sie Annahmen als Annahmen.`,
      fr: `Vous êtes un responsable commercial sceptique qui examine {{recordName}} avant la revue des prévisions.

Voici tout ce que je sais de l'affaire (champs, parties prenantes, historique des activités, e-mails) :
[Collez ici les champs de l'opportunité et les activités récentes]

Analysez-la et donnez-moi :
- Les 3 principaux risques pour une signature à la date de clôture actuelle, chacun avec l'élément de mes notes qui le montre.
- Tout ce qu'une revue de type MEDDICC signalerait comme manquant (décideur économique, processus de décision, processus d'achat, champion).
- Pour chaque risque, une action précise que je peux mener cette semaine.
- Votre avis honnête : commit, best case ou pipeline, avec une justification en une phrase.

N'inventez aucun fait ; signalez les hypothèses comme des hypothèses.`,
    },
    gap: 'skill',
    minutesSaved: 15,
    level: 'advanced',
    tags: ['sales', 'forecast'],
  },
  {
    id: 'sf-opp-edit-next-step',
    where: { app: 'salesforce', page: 'record_edit', object: 'Opportunity' },
    title: {
      en: 'Turn rough notes into a clean Next Step',
      de: 'Aus groben Notizen einen sauberen nächsten Schritt machen',
      fr: 'Transformer des notes brutes en une étape suivante claire',
    },
    why: {
      en: 'Unsure how your update will read to your manager? Let AI tidy it into a short, factual line. You stay the author and decide what goes in.',
      de: 'Unsicher, wie Ihr Update bei Ihrer Führungskraft ankommt? Lassen Sie die KI daraus eine kurze, sachliche Zeile machen. Der Text bleibt Ihrer, und Sie entscheiden, was hineinkommt.',
      fr: "Vous vous demandez comment votre responsable lira votre mise à jour ? Laissez l'IA la reformuler en une ligne courte et factuelle. Le texte reste le vôtre : c'est vous qui décidez de son contenu.",
    },
    prompt: {
      en: `Rewrite my rough notes as a "Next Step" entry for a CRM opportunity.

Rules:
- One or two sentences, max 255 characters.
- Start with the date ({{today}}), then what happens next, who owns it and by when.
- Factual and neutral: no adjectives, no guesses about the customer's intent.

My notes:
[paste your rough notes here]`,
      de: `Formulieren Sie meine groben Notizen als Eintrag für das Feld „Nächster Schritt“ einer Opportunity im CRM.

Regeln:
- Ein oder zwei Sätze, höchstens 255 Zeichen.
- Beginnen Sie mit dem Datum ({{today}}), dann was als Nächstes passiert, wer verantwortlich ist und bis wann.
- Sachlich und neutral: keine Adjektive, keine Vermutungen über die Absichten des Kunden.

Meine Notizen:
[Hier Ihre groben Notizen einfügen]`,
      fr: `Reformulez mes notes brutes en une entrée pour le champ « Étape suivante » d'une opportunité dans le CRM.

Règles :
- Une ou deux phrases, 255 caractères maximum.
- Commencez par la date ({{today}}), puis ce qui se passe ensuite, qui en est responsable et pour quand.
- Factuel et neutre : pas d'adjectifs, pas de suppositions sur les intentions du client.

Mes notes :
[Collez ici vos notes brutes]`,
    },
    gap: 'confidence',
    minutesSaved: 3,
    level: 'first_steps',
    tags: ['sales', 'crm-hygiene'],
  },
  {
    id: 'sf-case-summary-resolution',
    where: { app: 'salesforce', page: 'record', object: 'Case' },
    title: {
      en: 'Summarise the case and propose a resolution',
      de: 'Kundenvorgang zusammenfassen und eine Lösung vorschlagen',
      fr: 'Résumer la requête et proposer une résolution',
    },
    why: {
      en: 'Long case histories take minutes to reread. AI can give you the story so far, what the customer actually needs and a resolution to check.',
      de: 'Lange Vorgangsverläufe noch einmal zu lesen kostet Minuten. Die KI fasst den bisherigen Verlauf zusammen, zeigt, was der Kunde wirklich braucht, und schlägt eine Lösung zur Prüfung vor.',
      fr: "Relire un long historique de requête prend plusieurs minutes. L'IA vous résume ce qui s'est passé, ce dont le client a réellement besoin, et propose une résolution à vérifier.",
    },
    prompt: {
      en: `You are a senior support engineer. Read the history of {{recordName}} below.

Give me:
1. Summary: the customer's problem in two sentences, in plain language.
2. What has been tried so far and what happened each time (bullets).
3. What the customer is waiting for right now.
4. The most likely resolution, with the steps to get there, and what to check first if it doesn't work.
5. Anything that suggests this should be escalated.

Keep it under 250 words. Say "unclear" rather than guessing.

Case history (comments, emails, fields):
[paste the case history here]`,
      de: `Sie sind ein erfahrener Support-Engineer. Lesen Sie den folgenden Verlauf von {{recordName}}.

Nennen Sie mir:
1. Zusammenfassung: das Problem des Kunden in zwei Sätzen, in einfacher Sprache.
2. Was bisher versucht wurde und was jeweils dabei herauskam (Aufzählung).
3. Worauf der Kunde gerade wartet.
4. Die wahrscheinlichste Lösung mit den Schritten dorthin, und was zuerst zu prüfen ist, falls sie nicht funktioniert.
5. Alles, was für eine Eskalation spricht.

Höchstens 250 Wörter. Schreiben Sie „unklar“, statt zu raten.

Verlauf des Vorgangs (Kommentare, E-Mails, Felder):
[Hier den Verlauf des Vorgangs einfügen]`,
      fr: `Vous êtes un ingénieur support senior. Lisez l'historique de {{recordName}} ci-dessous.

Donnez-moi :
1. Un résumé : le problème du client en deux phrases, dans un langage simple.
2. Ce qui a été tenté jusqu'ici et le résultat de chaque tentative (puces).
3. Ce que le client attend en ce moment.
4. La résolution la plus probable, avec les étapes pour y parvenir, et ce qu'il faut vérifier en premier si elle ne fonctionne pas.
5. Tout élément qui justifierait une escalade.

250 mots maximum. Écrivez « pas clair » plutôt que de deviner.

Historique de la requête (commentaires, e-mails, champs) :
[Collez ici l'historique de la requête]`,
    },
    gap: 'clarity',
    minutesSaved: 7,
    level: 'first_steps',
    tags: ['support', 'summary'],
  },
  {
    id: 'sf-lead-first-outreach',
    where: { app: 'salesforce', page: 'record', object: 'Lead' },
    title: {
      en: 'Write a first outreach that sounds like you did your research',
      de: 'Eine erste Kontaktaufnahme schreiben, die gut recherchiert wirkt',
      fr: 'Rédiger une première prise de contact qui montre votre préparation',
    },
    why: {
      en: 'Generic openers get ignored. Give AI what you know about the person and their company, and it drafts a short, specific first message.',
      de: 'Allgemeine Einstiege werden ignoriert. Geben Sie der KI, was Sie über die Person und ihr Unternehmen wissen, und sie entwirft eine kurze, konkrete erste Nachricht.',
      fr: "Les accroches génériques sont ignorées. Donnez à l'IA ce que vous savez de la personne et de son entreprise : elle rédige un premier message court et précis.",
    },
    prompt: {
      en: `You are a thoughtful SDR. Write a first outreach email to {{recordName}}.

What I know (role, company, industry, how they found us, anything from their website or LinkedIn):
[paste what you know about the lead here]

What we offer, in one line:
[paste your one-line value proposition here]

Rules:
- 90 words max, no buzzwords, no fake familiarity.
- First line is about them, not us, and refers to one specific fact above.
- One clear, low-effort ask (a 15-minute call or a yes/no question).
- Give me 3 subject lines and 2 versions of the email: one direct, one curious.`,
      de: `Sie sind ein umsichtiger SDR. Schreiben Sie eine erste E-Mail zur Kontaktaufnahme mit {{recordName}}.

Was ich weiß (Rolle, Unternehmen, Branche, wie die Person auf uns gekommen ist, Informationen von der Website oder aus LinkedIn):
[Hier einfügen, was Sie über den Lead wissen]

Was wir anbieten, in einem Satz:
[Hier Ihr Nutzenversprechen in einem Satz einfügen]

Regeln:
- Höchstens 90 Wörter, keine Buzzwords, keine vorgetäuschte Vertrautheit.
- Der erste Satz handelt von der Person, nicht von uns, und greift einen konkreten Fakt von oben auf.
- Eine klare Bitte mit wenig Aufwand (ein 15-minütiges Gespräch oder eine Ja/Nein-Frage).
- Geben Sie mir 3 Betreffzeilen und 2 Versionen der E-Mail: eine direkte und eine neugierige.`,
      fr: `Vous êtes un SDR attentif. Rédigez un premier e-mail de prise de contact pour {{recordName}}.

Ce que je sais (fonction, entreprise, secteur, comment la personne nous a connus, éléments de son site web ou de LinkedIn) :
[Collez ici ce que vous savez de la piste]

Ce que nous proposons, en une phrase :
[Collez ici votre proposition de valeur en une phrase]

Règles :
- 90 mots maximum, pas de jargon à la mode, pas de fausse familiarité.
- La première phrase parle de la personne, pas de nous, et s'appuie sur un fait précis mentionné ci-dessus.
- Une seule demande claire et peu engageante (un appel de 15 minutes ou une question fermée).
- Donnez-moi 3 objets et 2 versions de l'e-mail : une directe, une qui éveille la curiosité.`,
    },
    gap: 'skill',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['sales', 'prospecting'],
  },
  {
    id: 'sf-account-brief',
    where: { app: 'salesforce', page: 'record', object: 'Account' },
    title: {
      en: 'Brief yourself on the account before a meeting',
      de: 'Vor dem Termin ein Briefing zum Account erstellen',
      fr: 'Préparer une fiche sur le compte avant un rendez-vous',
    },
    why: {
      en: 'Before a QBR or renewal, AI can turn scattered account notes, open cases and opportunities into a one-page brief.',
      de: 'Vor einem QBR oder einer Vertragsverlängerung macht die KI aus verstreuten Account-Notizen, offenen Vorgängen und Opportunities ein einseitiges Briefing.',
      fr: "Avant une revue trimestrielle ou un renouvellement, l'IA transforme des notes éparses, des requêtes ouvertes et des opportunités en une fiche d'une page.",
    },
    prompt: {
      en: `Prepare a one-page account brief for {{recordName}} ahead of my meeting.

Inputs (open opportunities, recent cases, key contacts, notes, usage if you have it):
[paste the account details, related opportunities and cases here]

Structure:
- Relationship at a glance (3 bullets).
- What is going well / what is at risk.
- Open items the customer will likely raise.
- 3 questions I should ask, and 1 thing I should propose.

Use headings and bullets. Under 300 words. Flag anything that looks inconsistent in the data.`,
      de: `Erstellen Sie vor meinem Termin ein einseitiges Account-Briefing zu {{recordName}}.

Grundlagen (offene Opportunities, aktuelle Kundenvorgänge, wichtige Kontakte, Notizen, Nutzungsdaten, falls vorhanden):
[Hier die Account-Details sowie zugehörige Opportunities und Vorgänge einfügen]

Aufbau:
- Die Kundenbeziehung auf einen Blick (3 Aufzählungspunkte).
- Was gut läuft / was gefährdet ist.
- Offene Punkte, die der Kunde voraussichtlich anspricht.
- 3 Fragen, die ich stellen sollte, und 1 Sache, die ich vorschlagen sollte.

Verwenden Sie Überschriften und Aufzählungen. Höchstens 300 Wörter. Weisen Sie auf alles hin, was in den Daten widersprüchlich wirkt.`,
      fr: `Préparez une fiche compte d'une page sur {{recordName}} en vue de mon rendez-vous.

Éléments (opportunités ouvertes, requêtes récentes, contacts clés, notes, données d'utilisation si vous en avez) :
[Collez ici les informations du compte, les opportunités et les requêtes associées]

Structure :
- La relation en un coup d'œil (3 puces).
- Ce qui va bien / ce qui est à risque.
- Les points ouverts que le client abordera probablement.
- 3 questions à poser et 1 chose à proposer.

Utilisez des titres et des puces. 300 mots maximum. Signalez tout ce qui semble incohérent dans les données.`,
    },
    gap: 'clarity',
    minutesSaved: 12,
    level: 'everyday',
    tags: ['account-management', 'meeting-prep'],
  },
  {
    id: 'sf-report-explain',
    where: { app: 'salesforce', page: 'report' },
    title: {
      en: 'Ask AI what this report is telling you',
      de: 'Die KI fragen, was dieser Bericht aussagt',
      fr: "Demander à l'IA ce que ce rapport vous dit",
    },
    why: {
      en: 'Numbers without a story are hard to act on. Export the rows and ask for trends, outliers and the three things worth doing next.',
      de: 'Zahlen ohne Einordnung lassen sich schwer umsetzen. Exportieren Sie die Zeilen und fragen Sie nach Trends, Ausreißern und den drei Dingen, die sich als Nächstes lohnen.',
      fr: 'Des chiffres sans interprétation sont difficiles à exploiter. Exportez les lignes et demandez les tendances, les valeurs atypiques et les trois actions qui valent la peine.',
    },
    prompt: {
      en: `You are a revenue operations analyst. Below is a report exported from {{appLabel}}, column headers included.

[paste the report rows here, or the export as CSV; remove customer names if you don't need them]

Tell me:
1. The 3 most important patterns or trends, with the numbers behind them.
2. Outliers worth a closer look and why.
3. Three concrete actions, each tied to a finding.
4. What the data cannot tell us, and which extra field would help.

Show any calculations you make. Don't assume columns that aren't there.`,
      de: `Sie sind Analyst für Revenue Operations. Unten steht ein aus {{appLabel}} exportierter Bericht, einschließlich der Spaltenüberschriften.

[Hier die Berichtszeilen oder den CSV-Export einfügen; Kundennamen entfernen, wenn sie nicht gebraucht werden]

Nennen Sie mir:
1. Die 3 wichtigsten Muster oder Trends, mit den zugrunde liegenden Zahlen.
2. Ausreißer, die einen genaueren Blick wert sind, und warum.
3. Drei konkrete Maßnahmen, jeweils mit Bezug zu einem Ergebnis.
4. Was die Daten nicht aussagen können und welches zusätzliche Feld helfen würde.

Zeigen Sie alle Berechnungen, die Sie anstellen. Gehen Sie nicht von Spalten aus, die es nicht gibt.`,
      fr: `Vous êtes analyste en revenue operations. Voici un rapport exporté de {{appLabel}}, en-têtes de colonnes compris.

[Collez ici les lignes du rapport ou l'export CSV ; retirez les noms de clients si vous n'en avez pas besoin]

Indiquez-moi :
1. Les 3 tendances ou constats les plus importants, avec les chiffres qui les étayent.
2. Les valeurs atypiques qui méritent un examen plus attentif, et pourquoi.
3. Trois actions concrètes, chacune liée à un constat.
4. Ce que les données ne permettent pas de dire, et quel champ supplémentaire aiderait.

Montrez les calculs que vous faites. Ne supposez pas l'existence de colonnes absentes.`,
    },
    gap: 'clarity',
    minutesSaved: 12,
    level: 'advanced',
    tags: ['reporting', 'analysis'],
  },
  {
    id: 'sf-safe-to-paste',
    where: { app: 'salesforce', page: ['record', 'record_edit', 'report'] },
    title: {
      en: "What's safe to paste from Salesforce",
      de: 'Was Sie aus Salesforce bedenkenlos einfügen können',
      fr: 'Ce que vous pouvez coller depuis Salesforce en toute sécurité',
    },
    why: {
      en: 'Customer names, emails, phone numbers and contract values are usually the parts policy cares about. Swap them for placeholders first; the AI works just as well.',
      de: 'Kundennamen, E-Mail-Adressen, Telefonnummern und Vertragswerte sind meist die Teile, um die es in den Richtlinien geht. Ersetzen Sie sie zuerst durch Platzhalter; die KI arbeitet genauso gut.',
      fr: "Les noms de clients, e-mails, numéros de téléphone et montants de contrats sont généralement les éléments visés par les règles internes. Remplacez-les d'abord par des balises ; l'IA fonctionne tout aussi bien.",
    },
    prompt: {
      en: `I have replaced customer names, email addresses, phone numbers, account numbers and deal amounts in the text below with placeholders such as [CUSTOMER], [CONTACT], [EMAIL] and [AMOUNT].

Task: [describe what you want, e.g. "summarise this and list next steps"]

Keep every placeholder exactly as written so I can put the real values back, and do not try to guess what they stand for.

Text:
[paste the text with identifiers replaced here]`,
      de: `Im folgenden Text habe ich Kundennamen, E-Mail-Adressen, Telefonnummern, Kontonummern und Deal-Beträge durch Platzhalter wie [KUNDE], [KONTAKT], [E-MAIL] und [BETRAG] ersetzt.

Aufgabe: [Beschreiben Sie, was Sie brauchen, z. B. „Fassen Sie das zusammen und listen Sie die nächsten Schritte auf“]

Übernehmen Sie jeden Platzhalter genau so, wie er geschrieben ist, damit ich die echten Werte wieder einsetzen kann, und versuchen Sie nicht zu erraten, wofür er steht.

Text:
[Hier den Text mit ersetzten Kennungen einfügen]`,
      fr: `Dans le texte ci-dessous, j'ai remplacé les noms de clients, adresses e-mail, numéros de téléphone, numéros de compte et montants des affaires par des balises comme [CLIENT], [CONTACT], [E-MAIL] et [MONTANT].

Tâche : [Décrivez ce que vous voulez, p. ex. « Résumez ce texte et listez les prochaines étapes »]

Conservez chaque balise exactement telle qu'elle est écrite pour que je puisse remettre les vraies valeurs, et n'essayez pas de deviner ce qu'elle représente.

Texte :
[Collez ici le texte avec les identifiants remplacés]`,
    },
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['privacy', 'policy'],
  },
];
