import type { BundledTipInput } from '../schema';

/** Zendesk: tickets, views, new tickets. */
export const ZENDESK_TIPS: readonly BundledTipInput[] = [
  {
    id: 'zd-ticket-empathetic-reply',
    where: { app: 'zendesk', page: 'ticket', object: 'ticket' },
    title: {
      en: 'Draft an empathetic reply to an upset customer',
      de: 'Eine einfühlsame Antwort an einen verärgerten Kunden entwerfen',
      fr: 'Rédiger une réponse empathique à un client mécontent',
    },
    why: {
      en: "Worried about getting the tone wrong with an angry customer? AI drafts a calm, human reply that acknowledges the problem. You check the facts and send it as yours.",
      de: 'Sorge, bei einem verärgerten Kunden den falschen Ton zu treffen? Die KI entwirft eine ruhige, menschliche Antwort, die das Problem anerkennt. Sie prüfen die Fakten und senden sie als Ihre eigene.',
      fr: "Vous craignez de ne pas trouver le bon ton face à un client en colère ? L'IA rédige une réponse calme et humaine qui reconnaît le problème. Vous vérifiez les faits et l'envoyez en votre nom.",
    },
    prompt: {
      en: `You are a senior customer support agent known for calm, human replies. Draft my reply to this ticket (#{{recordId}}).

The customer's latest message and the relevant history:
[paste the customer's message and the key history here]

What I can actually offer or confirm:
[paste the facts, fix or next step you can commit to here]

Rules:
- Acknowledge the specific impact on them in the first sentence; no generic "sorry for the inconvenience".
- Explain what happens next and when, using only the facts above.
- No promises I didn't list. No blame on the customer or other teams.
- Short paragraphs, under 150 words, same language as the customer.`,
      de: `Sie sind ein erfahrener Kundenservice-Mitarbeiter, bekannt für ruhige, menschliche Antworten. Entwerfen Sie meine Antwort auf dieses Ticket (#{{recordId}}).

Die letzte Nachricht des Kunden und der relevante Verlauf:
[Hier die Nachricht des Kunden und den wichtigsten Verlauf einfügen]

Was ich tatsächlich anbieten oder zusagen kann:
[Hier die Fakten, die Lösung oder den nächsten Schritt einfügen, den Sie zusagen können]

Regeln:
- Gehen Sie im ersten Satz auf die konkreten Auswirkungen für den Kunden ein; kein allgemeines „Entschuldigen Sie die Unannehmlichkeiten“.
- Erklären Sie, was als Nächstes passiert und wann, und verwenden Sie dafür nur die Fakten von oben.
- Keine Zusagen, die ich nicht aufgeführt habe. Keine Schuldzuweisung an den Kunden oder andere Teams.
- Kurze Absätze, höchstens 150 Wörter, in der Sprache des Kunden.`,
      fr: `Vous êtes un conseiller support expérimenté, connu pour ses réponses calmes et humaines. Rédigez ma réponse à ce ticket (#{{recordId}}).

Le dernier message du client et l'historique utile :
[Collez ici le message du client et l'essentiel de l'historique]

Ce que je peux réellement proposer ou confirmer :
[Collez ici les faits, la solution ou la prochaine étape sur laquelle vous pouvez vous engager]

Règles :
- Reconnaissez dès la première phrase l'impact concret pour le client ; pas de « Veuillez nous excuser pour la gêne occasionnée » générique.
- Expliquez ce qui va se passer ensuite et quand, en vous appuyant uniquement sur les faits ci-dessus.
- Aucune promesse que je n'ai pas listée. Aucun reproche au client ni aux autres équipes.
- Paragraphes courts, 150 mots maximum, dans la langue du client.`,
    },
    gap: 'confidence',
    minutesSaved: 5,
    level: 'first_steps',
    tags: ['support', 'reply'],
  },
  {
    id: 'zd-ticket-handoff-summary',
    where: { app: 'zendesk', page: 'ticket', object: 'ticket' },
    title: {
      en: 'Summarise the ticket for a hand-off',
      de: 'Das Ticket für die Übergabe zusammenfassen',
      fr: 'Résumer le ticket pour une passation',
    },
    why: {
      en: 'Escalating or ending your shift? A five-line internal note saves the next agent from rereading the whole thread, and the customer from repeating themselves.',
      de: 'Sie eskalieren oder Ihre Schicht endet? Eine fünfzeilige interne Notiz erspart dem nächsten Agenten das erneute Lesen des ganzen Verlaufs und dem Kunden, alles noch einmal zu erklären.',
      fr: "Vous escaladez ou finissez votre service ? Une note interne de cinq lignes évite au prochain agent de relire tout l'échange, et au client de tout répéter.",
    },
    prompt: {
      en: `Write an internal hand-off note for this ticket (#{{recordId}}) so the next agent can continue without rereading the thread.

Ticket thread:
[paste the ticket conversation here]

Format exactly:
Problem: (one sentence)
Customer impact and mood: (one sentence)
Done so far: (bullets)
Waiting on: (customer / us / another team, and what)
Next step: (one concrete action)

Under 120 words. Internal tone, no pleasantries.`,
      de: `Schreiben Sie eine interne Übergabenotiz für dieses Ticket (#{{recordId}}), damit der nächste Agent weiterarbeiten kann, ohne den Verlauf erneut zu lesen.

Ticketverlauf:
[Hier die Ticket-Konversation einfügen]

Genau dieses Format:
Problem: (ein Satz)
Auswirkung und Stimmung beim Kunden: (ein Satz)
Bisher erledigt: (Aufzählung)
Wartet auf: (Kunde / uns / ein anderes Team, und worauf)
Nächster Schritt: (eine konkrete Maßnahme)

Höchstens 120 Wörter. Interner Ton, keine Höflichkeitsfloskeln.`,
      fr: `Rédigez une note de passation interne pour ce ticket (#{{recordId}}) afin que le prochain agent puisse poursuivre sans relire l'échange.

Échange du ticket :
[Collez ici la conversation du ticket]

Respectez exactement ce format :
Problème : (une phrase)
Impact et état d'esprit du client : (une phrase)
Déjà fait : (puces)
En attente de : (client / nous / une autre équipe, et de quoi)
Prochaine étape : (une action concrète)

120 mots maximum. Ton interne, sans formules de politesse.`,
    },
    gap: 'clarity',
    minutesSaved: 6,
    level: 'first_steps',
    tags: ['support', 'handoff'],
  },
  {
    id: 'zd-ticket-translate-reply',
    where: { app: 'zendesk', page: 'ticket', object: 'ticket' },
    title: {
      en: "Reply in the customer's language",
      de: 'In der Sprache des Kunden antworten',
      fr: 'Répondre dans la langue du client',
    },
    why: {
      en: 'No need to wait for a colleague who speaks the language: write your answer in your own words and have AI translate it, keeping product terms exact.',
      de: 'Sie müssen nicht warten, bis jemand Zeit hat, der die Sprache spricht: Schreiben Sie Ihre Antwort in eigenen Worten und lassen Sie sie von der KI übersetzen, mit exakten Produktbegriffen.',
      fr: "Inutile d'attendre un collègue qui parle la langue : écrivez votre réponse avec vos propres mots et faites-la traduire par l'IA, en gardant les termes produit exacts.",
    },
    prompt: {
      en: `Translate my support reply into the language the customer wrote in. Keep product names, button labels and code exactly as they are. Match a friendly, professional support tone for that language (formal "you" if that is the norm).

Customer's message (to detect the language and tone):
[paste the customer's message here]

My reply in English:
[paste your reply here]

Then add, separately, a back-translation into English so I can check the meaning.`,
      de: `Übersetzen Sie meine Support-Antwort in die Sprache, in der der Kunde geschrieben hat. Übernehmen Sie Produktnamen, Beschriftungen von Schaltflächen und Code unverändert. Treffen Sie einen freundlichen, professionellen Support-Ton, der in dieser Sprache üblich ist (förmliche Anrede, wenn das die Norm ist).

Nachricht des Kunden (um Sprache und Ton zu erkennen):
[Hier die Nachricht des Kunden einfügen]

Meine Antwort auf Deutsch:
[Hier Ihre Antwort einfügen]

Fügen Sie danach separat eine Rückübersetzung ins Deutsche hinzu, damit ich die Bedeutung prüfen kann.`,
      fr: `Traduisez ma réponse de support dans la langue utilisée par le client. Conservez tels quels les noms de produits, les libellés de boutons et le code. Adoptez un ton de support aimable et professionnel, habituel dans cette langue (vouvoiement ou équivalent si c'est la norme).

Message du client (pour identifier la langue et le ton) :
[Collez ici le message du client]

Ma réponse en français :
[Collez ici votre réponse]

Ajoutez ensuite, séparément, une retraduction en français pour que je puisse vérifier le sens.`,
    },
    gap: 'skill',
    minutesSaved: 8,
    level: 'everyday',
    tags: ['support', 'translation'],
  },
  {
    id: 'zd-ticket-to-macro',
    where: { app: 'zendesk', page: 'ticket', object: 'ticket' },
    title: {
      en: 'Turn a solved ticket into a macro or help article',
      de: 'Aus einem gelösten Ticket ein Makro oder einen Hilfeartikel machen',
      fr: "Transformer un ticket résolu en macro ou en article d'aide",
    },
    why: {
      en: "If you solved it once, you'll solve it again. AI turns the resolution into a reusable macro and a help-centre draft while the details are fresh.",
      de: 'Was Sie einmal gelöst haben, lösen Sie wieder. Die KI macht aus der Lösung ein wiederverwendbares Makro und einen Entwurf für das Help Center, solange die Details noch frisch sind.',
      fr: "Ce que vous avez résolu une fois, vous le résoudrez encore. L'IA transforme la résolution en macro réutilisable et en brouillon d'article pour le centre d'aide, tant que les détails sont frais.",
    },
    prompt: {
      en: `I just solved this ticket (#{{recordId}}). Turn the resolution into reusable content.

The ticket conversation and the fix:
[paste the conversation and resolution here, without customer names]

Produce:
1. A macro reply (under 120 words) with [CUSTOMER_NAME] and other fill-in fields in brackets.
2. A help-centre article draft: title phrased as the customer's question, a one-line answer, numbered steps, and a "still stuck?" line.
3. 3-5 tags that would help agents find the macro.`,
      de: `Ich habe gerade dieses Ticket (#{{recordId}}) gelöst. Machen Sie aus der Lösung wiederverwendbare Inhalte.

Die Ticket-Konversation und die Lösung:
[Hier die Konversation und die Lösung ohne Kundennamen einfügen]

Erstellen Sie:
1. Eine Makro-Antwort (höchstens 120 Wörter) mit [KUNDENNAME] und weiteren auszufüllenden Feldern in eckigen Klammern.
2. Einen Entwurf für einen Help-Center-Artikel: Titel als Frage des Kunden formuliert, eine Antwort in einem Satz, nummerierte Schritte und eine Zeile „Kommen Sie trotzdem nicht weiter?“.
3. 3–5 Tags, mit denen Agenten das Makro leicht finden.`,
      fr: `Je viens de résoudre ce ticket (#{{recordId}}). Transformez la résolution en contenu réutilisable.

La conversation du ticket et la solution :
[Collez ici la conversation et la résolution, sans les noms des clients]

Produisez :
1. Une réponse macro (120 mots maximum) avec [NOM_CLIENT] et les autres champs à compléter entre crochets.
2. Un brouillon d'article pour le centre d'aide : un titre formulé comme la question du client, une réponse en une phrase, des étapes numérotées et une ligne « Toujours bloqué ? ».
3. 3 à 5 tags qui aideront les agents à trouver la macro.`,
    },
    gap: 'skill',
    minutesSaved: 15,
    level: 'advanced',
    tags: ['support', 'knowledge'],
  },
  {
    id: 'zd-queue-themes',
    where: { app: 'zendesk', page: 'queue' },
    title: {
      en: 'Spot the themes in this view',
      de: 'Die Themen in dieser Ansicht erkennen',
      fr: 'Repérer les thèmes récurrents dans cette vue',
    },
    why: {
      en: 'When a view fills up, the same problem often hides behind different subject lines. AI can group them so you fix the cause, not 20 tickets one by one.',
      de: 'Wenn sich eine Ansicht füllt, steckt hinter unterschiedlichen Betreffzeilen oft dasselbe Problem. Die KI gruppiert die Tickets, damit Sie die Ursache beheben statt 20 Tickets einzeln.',
      fr: "Quand une vue se remplit, le même problème se cache souvent derrière des objets différents. L'IA les regroupe pour que vous traitiez la cause, et non 20 tickets un par un.",
    },
    prompt: {
      en: `You are a support operations analyst. Below are ticket subjects (and first lines if available) from one support view.

[paste the ticket subjects from the view here, one per line]

1. Group them into themes; for each: a name, the count, and 2 example subjects.
2. Flag anything that looks like an outage or a bug affecting many customers.
3. Suggest which theme deserves a macro, a help article or an escalation to engineering.
Use a table for the themes.`,
      de: `Sie sind Analyst für Support Operations. Unten stehen die Betreffzeilen von Tickets (und, falls vorhanden, die ersten Zeilen) aus einer Support-Ansicht.

[Hier die Ticket-Betreffzeilen aus der Ansicht einfügen, eine pro Zeile]

1. Gruppieren Sie sie nach Themen; jeweils mit Namen, Anzahl und 2 Beispiel-Betreffzeilen.
2. Weisen Sie auf alles hin, was nach einem Ausfall oder einem Fehler aussieht, der viele Kunden betrifft.
3. Schlagen Sie vor, welches Thema ein Makro, einen Hilfeartikel oder eine Eskalation an die Entwicklung verdient.
Stellen Sie die Themen in einer Tabelle dar.`,
      fr: `Vous êtes analyste en opérations support. Voici les objets de tickets (et leurs premières lignes si disponibles) issus d'une vue du support.

[Collez ici les objets des tickets de la vue, un par ligne]

1. Regroupez-les par thème ; pour chacun : un nom, le nombre de tickets et 2 exemples d'objets.
2. Signalez tout ce qui ressemble à une panne ou à un bug touchant de nombreux clients.
3. Indiquez quel thème mérite une macro, un article d'aide ou une escalade vers l'équipe technique.
Présentez les thèmes dans un tableau.`,
    },
    gap: 'clarity',
    minutesSaved: 15,
    level: 'everyday',
    tags: ['support', 'triage'],
  },
  {
    id: 'zd-safe-to-paste',
    where: { app: 'zendesk', page: 'ticket' },
    title: {
      en: 'Remove customer identifiers before you paste',
      de: 'Kundendaten entfernen, bevor Sie etwas einfügen',
      fr: 'Retirer les données client avant de coller',
    },
    why: {
      en: "Most AI help on a ticket doesn't need who the customer is. Replace names, emails, order numbers and addresses with placeholders, and you stay within policy.",
      de: 'Für die meisten KI-Hilfen zu einem Ticket ist unerheblich, wer der Kunde ist. Ersetzen Sie Namen, E-Mail-Adressen, Bestellnummern und Anschriften durch Platzhalter, dann bleiben Sie im Rahmen der Richtlinien.',
      fr: "La plupart des aides de l'IA sur un ticket n'ont pas besoin de savoir qui est le client. Remplacez noms, e-mails, numéros de commande et adresses par des balises, et vous restez dans le cadre des règles internes.",
    },
    prompt: {
      en: `In the ticket text below I have replaced the customer's name, email, phone number, order and account numbers and addresses with placeholders like [CUSTOMER], [EMAIL], [ORDER_ID].

Task: [say what you need, e.g. "draft a reply" or "summarise the issue"]

Keep all placeholders exactly as written in your answer, and don't guess the real values.

Ticket text:
[paste the redacted ticket text here]`,
      de: `Im folgenden Tickettext habe ich Namen, E-Mail-Adresse, Telefonnummer, Bestell- und Kundennummern sowie Anschriften des Kunden durch Platzhalter wie [KUNDE], [E-MAIL] und [BESTELLNUMMER] ersetzt.

Aufgabe: [Sagen Sie, was Sie brauchen, z. B. „Entwerfen Sie eine Antwort“ oder „Fassen Sie das Problem zusammen“]

Übernehmen Sie alle Platzhalter in Ihrer Antwort genau so, wie sie geschrieben sind, und raten Sie nicht die echten Werte.

Tickettext:
[Hier den bereinigten Tickettext einfügen]`,
      fr: `Dans le texte du ticket ci-dessous, j'ai remplacé le nom, l'e-mail, le numéro de téléphone, les numéros de commande et de compte ainsi que les adresses du client par des balises comme [CLIENT], [E-MAIL], [NUMÉRO_COMMANDE].

Tâche : [Dites ce dont vous avez besoin, p. ex. « Rédigez une réponse » ou « Résumez le problème »]

Conservez toutes les balises exactement telles qu'elles sont écrites dans votre réponse, et ne devinez pas les vraies valeurs.

Texte du ticket :
[Collez ici le texte du ticket anonymisé]`,
    },
    gap: 'permission',
    minutesSaved: 2,
    level: 'first_steps',
    tags: ['privacy', 'policy'],
  },
];
