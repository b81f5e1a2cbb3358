import type { BundledTipInput } from '../schema';

/** Freshdesk tickets. */
export const FRESHDESK_TIPS: readonly BundledTipInput[] = [
  {
    id: 'fd-ticket-reply',
    where: { app: 'freshdesk', page: 'ticket', object: 'ticket' },
    title: {
      en: 'Draft a reply that resolves in one go',
      de: 'Eine Antwort entwerfen, die das Anliegen auf einmal löst',
      fr: 'Rédiger une réponse qui règle le ticket en une fois',
    },
    why: {
      en: 'Every extra back-and-forth adds a day. AI drafts a reply that answers the question and anticipates the follow-up, from the facts you give it.',
      de: 'Jedes zusätzliche Hin und Her kostet einen Tag. Die KI entwirft aus Ihren Fakten eine Antwort, die die Frage beantwortet und die naheliegende Rückfrage vorwegnimmt.',
      fr: "Chaque aller-retour supplémentaire coûte une journée. L'IA rédige, à partir des faits que vous lui donnez, une réponse qui répond à la question et anticipe la suivante.",
    },
    prompt: {
      en: `Draft a reply to this ticket (#{{recordId}}) that resolves it in one message if possible.

Customer's message and history:
[paste the ticket conversation here]

The answer or fix (facts only):
[paste what you know here]

Rules: first sentence answers the question; numbered steps if the customer must do something; anticipate the one follow-up question they're most likely to ask and answer it; under 150 words; friendly, plain language, same language as the customer.`,
      de: `Entwerfen Sie eine Antwort auf dieses Ticket (#{{recordId}}), die es möglichst mit einer Nachricht löst.

Nachricht und Verlauf des Kunden:
[Hier die Ticket-Konversation einfügen]

Die Antwort oder Lösung (nur Fakten):
[Hier einfügen, was Sie wissen]

Regeln: Der erste Satz beantwortet die Frage; nummerierte Schritte, falls der Kunde etwas tun muss; nehmen Sie die wahrscheinlichste Rückfrage vorweg und beantworten Sie sie; höchstens 150 Wörter; freundlich, verständlich, in der Sprache des Kunden.`,
      fr: `Rédigez une réponse à ce ticket (#{{recordId}}) qui le règle si possible en un seul message.

Message et historique du client :
[Collez ici la conversation du ticket]

La réponse ou la solution (uniquement des faits) :
[Collez ici ce que vous savez]

Règles : la première phrase répond à la question ; des étapes numérotées si le client doit agir ; anticipez la question de suivi la plus probable et répondez-y ; 150 mots maximum ; ton aimable, langage simple, dans la langue du client.`,
    },
    gap: 'skill',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['support', 'reply'],
  },
  {
    id: 'fd-ticket-escalation-note',
    where: { app: 'freshdesk', page: 'ticket', object: 'ticket' },
    title: {
      en: 'Write an escalation note engineering can act on',
      de: 'Eine Eskalation schreiben, mit der die Entwicklung arbeiten kann',
      fr: "Rédiger une escalade exploitable par l'équipe technique",
    },
    why: {
      en: 'Escalations bounce when they lack reproduction details. AI structures what you know into a note that gets picked up, not sent back.',
      de: 'Eskalationen kommen zurück, wenn Angaben zum Reproduzieren fehlen. Die KI ordnet Ihr Wissen zu einer Notiz, die bearbeitet und nicht zurückgeschickt wird.',
      fr: "Les escalades reviennent quand il manque de quoi reproduire le problème. L'IA organise ce que vous savez en une note qui sera prise en charge, pas renvoyée.",
    },
    prompt: {
      en: `Turn this ticket (#{{recordId}}) into an escalation for the engineering team.

Conversation and what I've tried:
[paste the ticket conversation and your troubleshooting here, without customer personal data]

Format:
Summary (one line)
Customer impact (who, how many, how bad; workaround available?)
Steps to reproduce
Expected vs actual
What support already tried
Data attached / needed
Urgency and why
Write "unknown" for anything I didn't provide.`,
      de: `Machen Sie aus diesem Ticket (#{{recordId}}) eine Eskalation für das Entwicklungsteam.

Konversation und was ich versucht habe:
[Hier die Ticket-Konversation und Ihre Fehlersuche ohne personenbezogene Kundendaten einfügen]

Format:
Zusammenfassung (eine Zeile)
Auswirkung für Kunden (wer, wie viele, wie schwer; gibt es einen Workaround?)
Schritte zum Reproduzieren
Erwartet vs. tatsächlich
Was der Support bereits versucht hat
Angehängte / benötigte Daten
Dringlichkeit und Begründung
Schreiben Sie „unbekannt“ für alles, was ich nicht angegeben habe.`,
      fr: `Transformez ce ticket (#{{recordId}}) en escalade pour l'équipe technique.

Conversation et ce que j'ai déjà essayé :
[Collez ici la conversation du ticket et vos étapes de diagnostic, sans données personnelles du client]

Format :
Résumé (une ligne)
Impact client (qui, combien, quelle gravité ; existe-t-il un contournement ?)
Étapes pour reproduire
Attendu / obtenu
Ce que le support a déjà essayé
Données jointes / nécessaires
Urgence et justification
Écrivez « inconnu » pour tout ce que je n'ai pas fourni.`,
    },
    gap: 'clarity',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['support', 'escalation'],
  },
];

/** Intercom conversations. */
export const INTERCOM_TIPS: readonly BundledTipInput[] = [
  {
    id: 'ic-conversation-reply',
    where: { app: 'intercom', page: 'conversation', object: 'conversation' },
    title: {
      en: 'Reply fast without sounding canned',
      de: 'Schnell antworten, ohne nach Textbaustein zu klingen',
      fr: "Répondre vite sans donner l'impression d'une réponse toute faite",
    },
    why: {
      en: "Live chat rewards speed, but canned answers frustrate. AI drafts a quick, personal reply you can check and send; it's still your answer.",
      de: 'Im Live-Chat zählt Tempo, aber Textbausteine frustrieren. Die KI entwirft eine schnelle, persönliche Antwort, die Sie prüfen und senden; es bleibt Ihre Antwort.',
      fr: "Le chat en direct récompense la rapidité, mais les réponses toutes faites agacent. L'IA rédige une réponse rapide et personnelle que vous vérifiez et envoyez ; elle reste votre réponse.",
    },
    prompt: {
      en: `Draft a chat reply to the customer in the conversation below.

Conversation:
[paste the conversation here]

What I can tell them:
[paste the facts or link here]

Rules: 2-4 short sentences, conversational, refer to what they actually said, one question at most, no "I understand your frustration". If they need to do something, give the single next step.`,
      de: `Entwerfen Sie eine Chat-Antwort an den Kunden in der folgenden Konversation.

Konversation:
[Hier die Konversation einfügen]

Was ich dem Kunden sagen kann:
[Hier die Fakten oder den Link einfügen]

Regeln: 2–4 kurze Sätze, im Gesprächston, mit Bezug auf das, was der Kunde tatsächlich geschrieben hat, höchstens eine Frage, kein „Ich verstehe Ihren Ärger“. Wenn der Kunde etwas tun muss, nennen Sie den einen nächsten Schritt.`,
      fr: `Rédigez une réponse de chat au client dans la conversation ci-dessous.

Conversation :
[Collez ici la conversation]

Ce que je peux lui dire :
[Collez ici les faits ou le lien]

Règles : 2 à 4 phrases courtes, ton conversationnel, en reprenant ce que le client a réellement dit, une question au maximum, pas de « Je comprends votre frustration ». S'il doit faire quelque chose, donnez l'unique prochaine étape.`,
    },
    gap: 'confidence',
    minutesSaved: 3,
    level: 'first_steps',
    tags: ['support', 'chat'],
  },
  {
    id: 'ic-conversation-summary-tag',
    where: { app: 'intercom', page: 'conversation', object: 'conversation' },
    title: {
      en: 'Summarise and tag the conversation for reporting',
      de: 'Die Konversation für das Reporting zusammenfassen und taggen',
      fr: 'Résumer et étiqueter la conversation pour le reporting',
    },
    why: {
      en: 'Good tags and a one-line summary feed product feedback and reporting. AI proposes both in seconds, so you do it every time, not just when you have time.',
      de: 'Gute Tags und eine einzeilige Zusammenfassung speisen Produktfeedback und Reporting. Die KI schlägt beides in Sekunden vor, damit Sie es jedes Mal erledigen und nicht nur, wenn Zeit ist.',
      fr: "De bons tags et un résumé d'une ligne alimentent les retours produit et le reporting. L'IA propose les deux en quelques secondes, pour que vous le fassiez à chaque fois, pas seulement quand vous avez le temps.",
    },
    prompt: {
      en: `Read this support conversation and give me:
1. A one-line summary for the internal note (problem + outcome).
2. A category from this list: [paste your team's tag list here].
3. Whether it contains product feedback or a feature request; if so, quote it.
4. Customer sentiment at the end: positive / neutral / negative, with the quote that shows it.

Conversation:
[paste the conversation here]`,
      de: `Lesen Sie diese Support-Konversation und nennen Sie mir:
1. Eine einzeilige Zusammenfassung für die interne Notiz (Problem + Ergebnis).
2. Eine Kategorie aus dieser Liste: [Hier die Tag-Liste Ihres Teams einfügen].
3. Ob sie Produktfeedback oder einen Feature-Wunsch enthält; falls ja, zitieren Sie ihn.
4. Die Stimmung des Kunden am Ende: positiv / neutral / negativ, mit dem Zitat, das sie zeigt.

Konversation:
[Hier die Konversation einfügen]`,
      fr: `Lisez cette conversation de support et donnez-moi :
1. Un résumé d'une ligne pour la note interne (problème + issue).
2. Une catégorie tirée de cette liste : [Collez ici la liste de tags de votre équipe].
3. Si elle contient un retour produit ou une demande de fonctionnalité ; si oui, citez-le.
4. Le sentiment du client à la fin : positif / neutre / négatif, avec la citation qui le montre.

Conversation :
[Collez ici la conversation]`,
    },
    gap: 'clarity',
    minutesSaved: 3,
    level: 'everyday',
    tags: ['support', 'reporting'],
  },
];
