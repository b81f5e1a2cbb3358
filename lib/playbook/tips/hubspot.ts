import type { BundledTipInput } from '../schema';

/** HubSpot CRM: deals, contacts, companies, tickets. */
export const HUBSPOT_TIPS: readonly BundledTipInput[] = [
  {
    id: 'hs-deal-next-step-email',
    where: { app: 'hubspot', page: 'record', object: 'deal' },
    title: {
      en: 'Write the email that moves this deal forward',
      de: 'Die E-Mail schreiben, die diesen Deal voranbringt',
      fr: "Rédiger l'e-mail qui fait avancer cette transaction",
    },
    why: {
      en: "Deals go quiet between meetings. AI drafts a short email that recaps value and proposes one clear next step, from your notes on the timeline.",
      de: 'Zwischen Terminen wird es um Deals oft still. Die KI entwirft aus Ihren Notizen in der Chronik eine kurze E-Mail, die den Nutzen zusammenfasst und einen klaren nächsten Schritt vorschlägt.',
      fr: "Entre deux rendez-vous, les transactions s'endorment. L'IA rédige, à partir de vos notes dans la chronologie, un e-mail court qui rappelle la valeur et propose une prochaine étape claire.",
    },
    prompt: {
      en: `You are a consultative salesperson. Write an email to move {{recordName}} to the next stage. Today is {{today}}.

Deal context (stage, amount, contacts, last activities and notes):
[paste the deal details and recent timeline here]

Rules:
- Under 150 words, friendly and specific.
- Recap the customer's goal in their words, then one proof point that fits it.
- Propose exactly one next step with two concrete time options.
- Give 2 subject lines.`,
      de: `Sie sind ein beratender Vertriebsprofi. Schreiben Sie eine E-Mail, mit der ich bei {{recordName}} in die nächste Phase komme. Heute ist der {{today}}.

Kontext zum Deal (Phase, Betrag, Kontakte, letzte Aktivitäten und Notizen):
[Hier die Deal-Details und die letzten Einträge der Chronik einfügen]

Regeln:
- Höchstens 150 Wörter, freundlich und konkret.
- Fassen Sie das Ziel des Kunden in seinen Worten zusammen und nennen Sie dann einen dazu passenden Beleg, dass wir helfen können.
- Schlagen Sie genau einen nächsten Schritt mit zwei konkreten Terminoptionen vor.
- Geben Sie 2 Betreffzeilen aus.`,
      fr: `Vous êtes un commercial orienté conseil. Rédigez un e-mail pour faire passer {{recordName}} à l'étape suivante. Nous sommes le {{today}}.

Contexte de la transaction (étape, montant, contacts, dernières activités et notes) :
[Collez ici les détails de la transaction et la chronologie récente]

Règles :
- 150 mots maximum, aimable et précis.
- Rappelez l'objectif du client avec ses mots, puis un élément de preuve qui s'y rapporte.
- Proposez une seule prochaine étape, avec deux créneaux concrets.
- Donnez 2 objets.`,
    },
    gap: 'clarity',
    minutesSaved: 7,
    level: 'first_steps',
    tags: ['sales', 'email'],
  },
  {
    id: 'hs-contact-personalise',
    where: { app: 'hubspot', page: 'record', object: 'contact' },
    title: {
      en: 'Personalise your outreach to this contact',
      de: 'Ihre Ansprache an diesen Kontakt persönlich gestalten',
      fr: 'Personnaliser votre prise de contact avec cette personne',
    },
    why: {
      en: 'A sequence email with one genuinely personal line gets far more replies. AI finds the angle from what you already know about the contact.',
      de: 'Eine Sequenz-E-Mail mit einem wirklich persönlichen Satz bekommt deutlich mehr Antworten. Die KI findet den Aufhänger in dem, was Sie über den Kontakt schon wissen.',
      fr: "Un e-mail de séquence avec une seule phrase vraiment personnelle obtient bien plus de réponses. L'IA trouve l'angle à partir de ce que vous savez déjà du contact.",
    },
    prompt: {
      en: `Help me personalise outreach to {{recordName}}.

What I know (job title, company, recent activity such as pages visited or forms filled, past emails):
[paste the contact details and recent activity here]

Our offer in one line: [paste it here]

Give me:
1. Three personal opening lines, each grounded in a specific fact above (say which).
2. A 3-sentence email using the best one, ending in a yes/no question.
Don't invent facts about the person.`,
      de: `Helfen Sie mir, meine Ansprache gegenüber {{recordName}} zu personalisieren.

Was ich weiß (Position, Unternehmen, letzte Aktivitäten wie besuchte Seiten oder ausgefüllte Formulare, frühere E-Mails):
[Hier die Kontaktdaten und die letzten Aktivitäten einfügen]

Unser Angebot in einem Satz: [Hier einfügen]

Nennen Sie mir:
1. Drei persönliche Einstiegssätze, jeder gestützt auf einen konkreten Fakt von oben (nennen Sie welchen).
2. Eine E-Mail aus 3 Sätzen mit dem besten davon, die mit einer Ja/Nein-Frage endet.
Erfinden Sie keine Fakten über die Person.`,
      fr: `Aidez-moi à personnaliser mes messages de prospection pour {{recordName}}.

Ce que je sais (fonction, entreprise, activité récente comme les pages visitées ou les formulaires remplis, e-mails précédents) :
[Collez ici les informations du contact et son activité récente]

Notre offre en une phrase : [Collez ici votre offre]

Donnez-moi :
1. Trois phrases d'accroche personnelles, chacune fondée sur un fait précis mentionné ci-dessus (indiquez lequel).
2. Un e-mail de 3 phrases reprenant la meilleure, qui se termine par une question fermée.
N'inventez rien sur la personne.`,
    },
    gap: 'skill',
    minutesSaved: 6,
    level: 'everyday',
    tags: ['sales', 'prospecting'],
  },
  {
    id: 'hs-company-research-brief',
    where: { app: 'hubspot', page: 'record', object: 'company' },
    title: {
      en: 'Build a research brief on this company',
      de: 'Ein Recherche-Briefing zu diesem Unternehmen erstellen',
      fr: 'Préparer une fiche de recherche sur cette entreprise',
    },
    why: {
      en: 'Walking into a first meeting with three sharp hypotheses beats a generic pitch. AI structures what you know into a brief.',
      de: 'Mit drei klaren Hypothesen ins erste Gespräch zu gehen schlägt jeden Standard-Pitch. Die KI ordnet, was Sie wissen, zu einem Briefing.',
      fr: "Arriver à un premier rendez-vous avec trois hypothèses solides vaut mieux qu'un discours générique. L'IA organise ce que vous savez en une fiche.",
    },
    prompt: {
      en: `Create a pre-meeting research brief on {{recordName}}.

What I have (industry, size, website "about" text, news, associated deals and contacts):
[paste what you know about the company here]

Structure:
- What they do and how they make money (2 sentences).
- 3 likely business priorities this year, each with the evidence.
- Where our product could help, as hypotheses to test, not claims.
- 5 questions to ask in the first meeting.
Mark anything you infer rather than read in my notes.`,
      de: `Erstellen Sie ein Recherche-Briefing zu {{recordName}} zur Vorbereitung auf einen Termin.

Was ich habe (Branche, Größe, „Über uns“-Text der Website, Nachrichten, zugeordnete Deals und Kontakte):
[Hier einfügen, was Sie über das Unternehmen wissen]

Aufbau:
- Was das Unternehmen tut und womit es Geld verdient (2 Sätze).
- 3 wahrscheinliche geschäftliche Prioritäten in diesem Jahr, jeweils mit Beleg.
- Wo unser Produkt helfen könnte, als zu prüfende Hypothesen, nicht als Behauptungen.
- 5 Fragen für das erste Gespräch.
Kennzeichnen Sie alles, was Sie ableiten, statt es in meinen Notizen zu lesen.`,
      fr: `Préparez une fiche de recherche sur {{recordName}} en vue d'un rendez-vous.

Ce dont je dispose (secteur, taille, texte « À propos » du site web, actualités, transactions et contacts associés) :
[Collez ici ce que vous savez de l'entreprise]

Structure :
- Ce que fait l'entreprise et comment elle gagne de l'argent (2 phrases).
- 3 priorités business probables cette année, chacune avec les éléments qui l'étayent.
- Là où notre produit pourrait aider, sous forme d'hypothèses à vérifier, pas d'affirmations.
- 5 questions à poser lors du premier rendez-vous.
Signalez tout ce que vous déduisez plutôt que ce que vous lisez dans mes notes.`,
    },
    gap: 'clarity',
    minutesSaved: 12,
    level: 'everyday',
    tags: ['sales', 'research'],
  },
  {
    id: 'hs-ticket-reply',
    where: { app: 'hubspot', page: 'record', object: 'ticket' },
    title: {
      en: 'Draft a clear reply to this ticket',
      de: 'Eine klare Antwort auf dieses Ticket entwerfen',
      fr: 'Rédiger une réponse claire à ce ticket',
    },
    why: {
      en: "Unsure how to phrase a tricky answer? AI drafts a clear, kind reply from the facts you give it; you check and send.",
      de: 'Unsicher, wie Sie eine heikle Antwort formulieren sollen? Die KI entwirft aus Ihren Fakten eine klare, freundliche Antwort; Sie prüfen und senden.',
      fr: "Vous ne savez pas comment formuler une réponse délicate ? L'IA rédige une réponse claire et bienveillante à partir des faits que vous lui donnez ; vous vérifiez et envoyez.",
    },
    prompt: {
      en: `Draft a reply to the customer on {{recordName}}.

Customer's message and history:
[paste the ticket conversation here]

What I can confirm or offer:
[paste the facts or next step here]

Rules: acknowledge their issue specifically, give the answer or next step with timing, no promises beyond what I listed, under 130 words, friendly and plain.`,
      de: `Entwerfen Sie eine Antwort an den Kunden zu {{recordName}}.

Nachricht und Verlauf des Kunden:
[Hier die Ticket-Konversation einfügen]

Was ich bestätigen oder anbieten kann:
[Hier die Fakten oder den nächsten Schritt einfügen]

Regeln: Gehen Sie konkret auf das Anliegen ein, nennen Sie die Antwort oder den nächsten Schritt mit Zeitangabe, keine Zusagen über das Aufgeführte hinaus, höchstens 130 Wörter, freundlich und verständlich.`,
      fr: `Rédigez une réponse au client concernant {{recordName}}.

Message et historique du client :
[Collez ici la conversation du ticket]

Ce que je peux confirmer ou proposer :
[Collez ici les faits ou la prochaine étape]

Règles : répondez précisément à sa demande, donnez la réponse ou la prochaine étape avec un délai, aucune promesse au-delà de ce que j'ai listé, 130 mots maximum, ton aimable et simple.`,
    },
    gap: 'confidence',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['support', 'reply'],
  },
];
