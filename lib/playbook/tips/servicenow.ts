import type { BundledTipInput } from '../schema';

/** ServiceNow: incidents, changes, requested items, problems. */
export const SERVICENOW_TIPS: readonly BundledTipInput[] = [
  {
    id: 'snow-incident-customer-update',
    where: { app: 'servicenow', page: 'record', object: 'incident' },
    title: {
      en: 'Draft the customer update',
      de: 'Das Update für die Betroffenen entwerfen',
      fr: "Rédiger le point d'information pour les utilisateurs",
    },
    why: {
      en: 'Regular, clear updates calm users down and cut "any news?" calls. AI turns your work notes into a plain-language update in a minute.',
      de: 'Regelmäßige, klare Updates beruhigen die Betroffenen und ersparen „Gibt es etwas Neues?“-Anrufe. Die KI macht aus Ihren Arbeitsnotizen in einer Minute ein verständliches Update.',
      fr: "Des points réguliers et clairs rassurent les utilisateurs et évitent les appels « Du nouveau ? ». L'IA transforme vos notes de travail en un message compréhensible en une minute.",
    },
    prompt: {
      en: `You are a service desk lead. Write an update to the affected users about {{recordName}}.

Latest work notes and status:
[paste the latest work notes, status and impact here]

Rules:
- Plain language, no internal jargon, hostnames or ticket chatter.
- Say what is affected, what we are doing, any workaround, and when the next update will come.
- Don't promise a fix time unless the notes give one.
- 120 words max. Give a short subject line first.`,
      de: `Sie leiten ein Service-Desk-Team. Schreiben Sie ein Update an die betroffenen Nutzer zu {{recordName}}.

Neueste Arbeitsnotizen und Status:
[Hier die neuesten Arbeitsnotizen, den Status und die Auswirkungen einfügen]

Regeln:
- Verständliche Sprache, kein interner Fachjargon, keine Hostnamen, keine Ticket-Interna.
- Nennen Sie, was betroffen ist, was wir tun, einen eventuellen Workaround und wann das nächste Update kommt.
- Versprechen Sie keinen Lösungszeitpunkt, sofern die Notizen keinen nennen.
- Höchstens 120 Wörter. Geben Sie zuerst eine kurze Betreffzeile aus.`,
      fr: `Vous êtes responsable d'une équipe de service desk. Rédigez un point d'information pour les utilisateurs concernés par {{recordName}}.

Dernières notes de travail et statut :
[Collez ici les dernières notes de travail, le statut et l'impact]

Règles :
- Langage simple, sans jargon interne, sans noms de serveurs ni échanges internes au ticket.
- Indiquez ce qui est touché, ce que nous faisons, un éventuel contournement, et quand aura lieu le prochain point.
- Ne promettez pas de délai de résolution si les notes n'en donnent pas.
- 120 mots maximum. Donnez d'abord un objet court.`,
    },
    gap: 'clarity',
    minutesSaved: 6,
    level: 'first_steps',
    tags: ['itsm', 'communication'],
  },
  {
    id: 'snow-incident-pir',
    where: { app: 'servicenow', page: 'record', object: 'incident' },
    title: {
      en: 'Write the post-incident summary',
      de: 'Die Zusammenfassung nach dem Incident schreiben',
      fr: 'Rédiger le bilan post-incident',
    },
    why: {
      en: 'The timeline is in the work notes, but turning it into a blameless review takes an hour. AI can produce the first draft from the notes.',
      de: 'Der Ablauf steht in den Arbeitsnotizen, aber daraus ein Review ohne Schuldzuweisungen zu machen, kostet eine Stunde. Die KI erstellt den ersten Entwurf aus den Notizen.',
      fr: "La chronologie figure dans les notes de travail, mais en faire une revue sans recherche de coupable prend une heure. L'IA peut en produire le premier jet à partir des notes.",
    },
    prompt: {
      en: `Act as an SRE writing a blameless post-incident review for {{recordName}}.

Raw material (work notes, timeline, chat excerpts, resolution notes):
[paste the incident timeline and work notes here]

Write these sections:
1. Summary (3 sentences: what happened, impact, duration).
2. Timeline (times as given, one line each: detection, escalation, mitigation, resolution).
3. Root cause and contributing factors. Mark anything not proven by the notes as a hypothesis.
4. What went well / what was hard.
5. Action items: each with a suggested owner role, and a type (prevent, detect, mitigate).

No blame on individuals; describe systems and decisions.`,
      de: `Agieren Sie als SRE und schreiben Sie ein Post-Incident-Review ohne Schuldzuweisungen (blameless) zu {{recordName}}.

Rohmaterial (Arbeitsnotizen, Zeitverlauf, Chat-Auszüge, Lösungsnotizen):
[Hier den Zeitverlauf des Incidents und die Arbeitsnotizen einfügen]

Schreiben Sie diese Abschnitte:
1. Zusammenfassung (3 Sätze: was passiert ist, Auswirkung, Dauer).
2. Zeitverlauf (Zeiten wie angegeben, je eine Zeile: Erkennung, Eskalation, Eindämmung, Lösung).
3. Ursache und beitragende Faktoren. Kennzeichnen Sie alles, was die Notizen nicht belegen, als Hypothese.
4. Was gut lief / was schwierig war.
5. Maßnahmen: jeweils mit einer vorgeschlagenen verantwortlichen Rolle und einem Typ (verhindern, erkennen, eindämmen).

Keine Schuldzuweisungen an Einzelne; beschreiben Sie Systeme und Entscheidungen.`,
      fr: `Agissez comme un SRE qui rédige une revue post-incident sans recherche de coupable (blameless) pour {{recordName}}.

Matière brute (notes de travail, chronologie, extraits de chat, notes de résolution) :
[Collez ici la chronologie de l'incident et les notes de travail]

Rédigez ces sections :
1. Résumé (3 phrases : ce qui s'est passé, l'impact, la durée).
2. Chronologie (horaires tels qu'indiqués, une ligne chacun : détection, escalade, atténuation, résolution).
3. Cause racine et facteurs contributifs. Signalez comme hypothèse tout ce que les notes ne prouvent pas.
4. Ce qui a bien fonctionné / ce qui a été difficile.
5. Actions : chacune avec un rôle responsable suggéré et un type (prévenir, détecter, atténuer).

Aucune mise en cause individuelle ; décrivez des systèmes et des décisions.`,
    },
    gap: 'skill',
    minutesSaved: 30,
    level: 'advanced',
    tags: ['itsm', 'postmortem'],
  },
  {
    id: 'snow-change-risk-review',
    where: { app: 'servicenow', page: 'record', object: 'change_request' },
    title: {
      en: 'Stress-test the change plan before CAB',
      de: 'Den Change-Plan vor dem CAB auf Herz und Nieren prüfen',
      fr: "Mettre le plan de changement à l'épreuve avant le CAB",
    },
    why: {
      en: 'CAB sends changes back for vague test and backout plans. AI can review yours the way a strict reviewer would, before they do.',
      de: 'Das CAB schickt Changes mit vagen Test- und Rückfallplänen zurück. Die KI prüft Ihren Plan vorher so, wie es ein strenger Prüfer tun würde.',
      fr: "Le CAB renvoie les changements dont les plans de test et de retour arrière sont flous. L'IA examine le vôtre comme le ferait un évaluateur exigeant, avant lui.",
    },
    prompt: {
      en: `You are a strict Change Advisory Board reviewer. Review {{recordName}}.

Change details (description, implementation plan, test plan, backout plan, risk and impact, schedule):
[paste the change plan fields here]

Give me:
- Gaps a CAB would challenge, most serious first.
- Whether the backout plan is really executable (time needed, point of no return).
- Missing pre-checks and post-implementation checks.
- A suggested risk rating with a one-line justification.
- A tightened version of the implementation steps as a numbered list.`,
      de: `Sie sind ein strenges Mitglied des Change Advisory Board. Prüfen Sie die Angaben zu {{recordName}}.

Details zum Change (Beschreibung, Umsetzungsplan, Testplan, Rückfallplan, Risiko und Auswirkungen, Zeitplan):
[Hier die Felder des Change-Plans einfügen]

Nennen Sie mir:
- Lücken, die ein CAB bemängeln würde, die schwerwiegendsten zuerst.
- Ob der Rückfallplan wirklich umsetzbar ist (benötigte Zeit, Punkt ohne Rückkehr).
- Fehlende Vorabprüfungen und Prüfungen nach der Umsetzung.
- Eine vorgeschlagene Risikoeinstufung mit einer Begründung in einem Satz.
- Eine gestraffte Fassung der Umsetzungsschritte als nummerierte Liste.`,
      fr: `Vous êtes un membre exigeant du Change Advisory Board. Examinez {{recordName}}.

Détails du changement (description, plan de mise en œuvre, plan de test, plan de retour arrière, risque et impact, calendrier) :
[Collez ici les champs du plan de changement]

Donnez-moi :
- Les lacunes qu'un CAB contesterait, les plus graves en premier.
- Si le plan de retour arrière est réellement exécutable (durée nécessaire, point de non-retour).
- Les vérifications préalables et post-mise en œuvre manquantes.
- Une évaluation du risque proposée, justifiée en une phrase.
- Une version resserrée des étapes de mise en œuvre, sous forme de liste numérotée.`,
    },
    gap: 'skill',
    minutesSaved: 15,
    level: 'everyday',
    tags: ['itsm', 'change'],
  },
  {
    id: 'snow-ritm-clarify',
    where: { app: 'servicenow', page: 'record', object: 'sc_req_item' },
    title: {
      en: 'Ask the requester the right questions, once',
      de: 'Der anfragenden Person einmal die richtigen Fragen stellen',
      fr: 'Poser les bonnes questions au demandeur, en une seule fois',
    },
    why: {
      en: 'Vague requests bounce back and forth for days. AI can list exactly what is missing and write one friendly message that asks for all of it.',
      de: 'Vage Anfragen gehen tagelang hin und her. Die KI listet genau auf, was fehlt, und schreibt eine freundliche Nachricht, die alles auf einmal erfragt.',
      fr: "Les demandes floues font des allers-retours pendant des jours. L'IA liste précisément ce qui manque et rédige un message aimable qui demande tout à la fois.",
    },
    prompt: {
      en: `I am fulfilling {{recordName}}. Here is what the requester submitted:
[paste the request details and variables here]

1. List the information I still need to fulfil this request, and why each item matters.
2. Write one short, friendly message to the requester asking for all of it at once, as a numbered list they can answer inline.
Keep the message under 100 words.`,
      de: `Ich arbeite an {{recordName}}. Das hat die anfragende Person eingereicht:
[Hier die Details und Variablen der Anfrage einfügen]

1. Listen Sie die Informationen auf, die ich noch brauche, um diese Anfrage zu erfüllen, und warum jede davon wichtig ist.
2. Schreiben Sie eine kurze, freundliche Nachricht an die anfragende Person, die alles auf einmal erfragt, als nummerierte Liste, die sie direkt beantworten kann.
Die Nachricht soll höchstens 100 Wörter haben.`,
      fr: `Je traite {{recordName}}. Voici ce que le demandeur a soumis :
[Collez ici les détails et les variables de la demande]

1. Listez les informations qui me manquent encore pour traiter cette demande, et pourquoi chacune compte.
2. Rédigez un message court et aimable au demandeur qui demande tout en une fois, sous forme de liste numérotée à laquelle il pourra répondre directement.
Le message doit faire 100 mots maximum.`,
    },
    gap: 'confidence',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['itsm', 'requests'],
  },
  {
    id: 'snow-problem-root-cause',
    where: { app: 'servicenow', page: 'record', object: 'problem' },
    title: {
      en: 'Work the root cause with AI as a thinking partner',
      de: 'Die Ursache gemeinsam mit der KI als Sparringspartner ergründen',
      fr: "Chercher la cause racine avec l'IA comme partenaire de réflexion",
    },
    why: {
      en: 'Problem records often stop at the symptom. A structured "5 whys" with AI helps you reach a cause worth fixing, and the fix worth proposing.',
      de: 'Problem-Datensätze bleiben oft beim Symptom stehen. Ein strukturiertes „5 Warum“ mit der KI führt Sie zu einer Ursache, deren Behebung sich lohnt, und zu einem passenden Lösungsvorschlag.',
      fr: "Les enregistrements de problème s'arrêtent souvent au symptôme. Des « 5 pourquoi » structurés avec l'IA vous aident à trouver une cause qui vaut d'être corrigée, et la correction à proposer.",
    },
    prompt: {
      en: `Act as a problem manager facilitating a root-cause analysis for {{recordName}}.

Related incidents and what we know:
[paste the problem description, related incidents and findings here]

Do this:
1. Run a "5 whys" from the main symptom; at each step say what evidence supports it and what is assumed.
2. Offer 2 alternative causal chains we should rule out, and how to test each.
3. Propose a permanent fix and a workaround for the known error article.
4. List the questions I should ask the team to confirm the cause.`,
      de: `Agieren Sie als Problem Manager und moderieren Sie eine Ursachenanalyse zu {{recordName}}.

Zugehörige Incidents und was wir wissen:
[Hier die Problembeschreibung, zugehörige Incidents und Erkenntnisse einfügen]

Gehen Sie so vor:
1. Führen Sie ausgehend vom Hauptsymptom ein „5 Warum“ durch; nennen Sie bei jedem Schritt, welche Belege ihn stützen und was angenommen ist.
2. Nennen Sie 2 alternative Ursachenketten, die wir ausschließen sollten, und wie sich jede prüfen lässt.
3. Schlagen Sie eine dauerhafte Lösung und einen Workaround für den Known-Error-Artikel vor.
4. Listen Sie die Fragen auf, die ich dem Team stellen sollte, um die Ursache zu bestätigen.`,
      fr: `Agissez comme un problem manager qui anime une analyse de cause racine pour {{recordName}}.

Incidents liés et ce que nous savons :
[Collez ici la description du problème, les incidents liés et les constats]

Procédez ainsi :
1. Déroulez des « 5 pourquoi » à partir du symptôme principal ; à chaque étape, indiquez les éléments qui l'étayent et ce qui est supposé.
2. Proposez 2 autres chaînes causales à écarter, et comment tester chacune.
3. Proposez une correction définitive et un contournement pour l'article d'erreur connue.
4. Listez les questions à poser à l'équipe pour confirmer la cause.`,
    },
    gap: 'skill',
    minutesSaved: 20,
    level: 'advanced',
    tags: ['itsm', 'problem'],
  },
  {
    id: 'snow-safe-to-paste',
    where: { app: 'servicenow', page: 'record' },
    title: {
      en: "What's safe to paste from a ticket",
      de: 'Was Sie aus einem Ticket bedenkenlos einfügen können',
      fr: 'Ce que vous pouvez coller depuis un ticket en toute sécurité',
    },
    why: {
      en: 'Ticket text often contains user names, IP addresses, hostnames and sometimes passwords. Remove those first; the AI does not need them to help.',
      de: 'Tickettexte enthalten oft Namen, IP-Adressen, Hostnamen und manchmal Passwörter. Entfernen Sie diese zuerst; die KI braucht sie nicht, um zu helfen.',
      fr: "Le texte des tickets contient souvent des noms d'utilisateurs, des adresses IP, des noms de serveurs et parfois des mots de passe. Retirez-les d'abord ; l'IA n'en a pas besoin pour vous aider.",
    },
    prompt: {
      en: `Below is ticket text in which I have replaced people's names, email addresses, IP addresses, hostnames, and any credentials or tokens with placeholders like [USER], [HOST], [IP] and [SECRET].

Task: [say what you need, e.g. "suggest troubleshooting steps" or "draft an update"]

Keep every placeholder exactly as written and don't guess what it stands for.

Text:
[paste the redacted ticket text here]`,
      de: `Unten steht ein Tickettext, in dem ich Namen von Personen, E-Mail-Adressen, IP-Adressen, Hostnamen sowie alle Zugangsdaten und Tokens durch Platzhalter wie [NUTZER], [HOST], [IP] und [GEHEIM] ersetzt habe.

Aufgabe: [Sagen Sie, was Sie brauchen, z. B. „Schlagen Sie Schritte zur Fehlersuche vor“ oder „Entwerfen Sie ein Update“]

Übernehmen Sie jeden Platzhalter genau so, wie er geschrieben ist, und raten Sie nicht, wofür er steht.

Text:
[Hier den bereinigten Tickettext einfügen]`,
      fr: `Voici le texte d'un ticket dans lequel j'ai remplacé les noms de personnes, adresses e-mail, adresses IP, noms de serveurs ainsi que tous les identifiants de connexion et jetons par des balises comme [UTILISATEUR], [HÔTE], [IP] et [SECRET].

Tâche : [Dites ce dont vous avez besoin, p. ex. « Proposez des étapes de dépannage » ou « Rédigez un point d'information »]

Conservez chaque balise exactement telle qu'elle est écrite et ne devinez pas ce qu'elle représente.

Texte :
[Collez ici le texte du ticket anonymisé]`,
    },
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['privacy', 'security'],
  },
];
