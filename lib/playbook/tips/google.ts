import type { BundledTipInput } from '../schema';

/** Google Docs, Sheets and Slides. */
export const GDOCS_TIPS: readonly BundledTipInput[] = [
  {
    id: 'gdocs-reviewer-feedback',
    where: { app: 'gdocs', page: 'document', object: 'document' },
    title: {
      en: 'Get reviewer feedback before you share the doc',
      de: 'Vor dem Teilen eine kritische Rückmeldung zum Dokument einholen',
      fr: "Obtenir l'avis d'un relecteur avant de partager le document",
    },
    why: {
      en: "Nervous about sharing a draft? Ask AI to play your toughest reviewer first. You'll fix the weak spots privately and share with more confidence.",
      de: 'Einen Entwurf zu teilen macht Sie nervös? Lassen Sie die KI zuerst Ihren strengsten Reviewer spielen. So beheben Sie Schwachstellen in Ruhe und teilen mit mehr Sicherheit.',
      fr: "Partager un brouillon vous rend nerveux ? Demandez d'abord à l'IA de jouer votre relecteur le plus exigeant. Vous corrigerez les points faibles en privé et partagerez avec plus d'assurance.",
    },
    prompt: {
      en: `Act as [the audience, e.g. "my director" or "a sceptical customer"] reviewing my document. Be candid but constructive.

Document:
[paste the document text here]

Give me:
1. The main point as you understood it, in one sentence.
2. The 3 weakest parts (unclear, unsupported or missing), with a suggested fix for each.
3. Questions this reader would ask that the document doesn't answer.
4. One thing to cut.
Don't rewrite the document; point to the passages by quoting their first words.`,
      de: `Agieren Sie als [die Zielgruppe, z. B. „meine Direktorin“ oder „ein skeptischer Kunde“] und prüfen Sie mein Dokument. Seien Sie offen, aber konstruktiv.

Dokument:
[Hier den Text des Dokuments einfügen]

Nennen Sie mir:
1. Die Kernaussage, wie Sie sie verstanden haben, in einem Satz.
2. Die 3 schwächsten Stellen (unklar, unbelegt oder fehlend), jeweils mit einem Verbesserungsvorschlag.
3. Fragen, die diese Leserschaft stellen würde und die das Dokument nicht beantwortet.
4. Eine Sache, die gestrichen werden sollte.
Schreiben Sie das Dokument nicht um; verweisen Sie auf die Passagen, indem Sie ihre ersten Wörter zitieren.`,
      fr: `Mettez-vous dans la peau de [le public visé, p. ex. « ma directrice » ou « un client sceptique »] et relisez mon document. Soyez franc, mais constructif.

Document :
[Collez ici le texte du document]

Donnez-moi :
1. Le message principal tel que vous l'avez compris, en une phrase.
2. Les 3 parties les plus faibles (floues, non étayées ou manquantes), avec une correction suggérée pour chacune.
3. Les questions que ce lecteur poserait et auxquelles le document ne répond pas.
4. Une chose à supprimer.
Ne réécrivez pas le document ; désignez les passages en citant leurs premiers mots.`,
    },
    gap: 'confidence',
    minutesSaved: 10,
    level: 'first_steps',
    tags: ['writing', 'review'],
  },
  {
    id: 'gdocs-outline-to-draft',
    where: { app: 'gdocs', page: 'document', object: 'document' },
    title: {
      en: 'Turn your outline into a first draft',
      de: 'Aus Ihrer Gliederung einen ersten Entwurf machen',
      fr: 'Transformer votre plan en premier jet',
    },
    why: {
      en: 'The blank page is the slow part. Give AI your outline, audience and key facts; you get a first draft to react to, and you keep the thinking.',
      de: 'Das leere Blatt ist der langsame Teil. Geben Sie der KI Gliederung, Zielgruppe und wichtige Fakten; Sie erhalten einen ersten Entwurf, auf den Sie reagieren können, und das Denken bleibt bei Ihnen.',
      fr: "La page blanche, c'est ce qui prend du temps. Donnez à l'IA votre plan, votre public et les faits clés : vous obtenez un premier jet sur lequel réagir, et la réflexion reste la vôtre.",
    },
    prompt: {
      en: `Write a first draft from my outline.

Audience: [who will read it and what they already know]
Goal: [what the reader should think or do afterwards]
Tone: [e.g. plain and direct / formal]
Length: [e.g. about 800 words]

Outline and key facts:
[paste your outline and notes here]

Follow the outline's order and headings. Use only the facts I give you; where a section needs facts I didn't provide, insert [NEEDS: ...] instead of inventing them. Short paragraphs; one idea each.`,
      de: `Schreiben Sie einen ersten Entwurf auf Grundlage meiner Gliederung.

Zielgruppe: [wer es liest und was diese Personen schon wissen]
Ziel: [was die Lesenden danach denken oder tun sollen]
Ton: [z. B. klar und direkt / förmlich]
Länge: [z. B. etwa 800 Wörter]

Gliederung und wichtige Fakten:
[Hier Ihre Gliederung und Notizen einfügen]

Folgen Sie der Reihenfolge und den Überschriften der Gliederung. Verwenden Sie nur die Fakten, die ich Ihnen gebe; wo ein Abschnitt Fakten braucht, die ich nicht genannt habe, setzen Sie [FEHLT: …] ein, statt etwas zu erfinden. Kurze Absätze, jeweils ein Gedanke.`,
      fr: `Rédigez un premier jet à partir de mon plan.

Public : [qui va le lire et ce que ces personnes savent déjà]
Objectif : [ce que le lecteur doit penser ou faire ensuite]
Ton : [p. ex. simple et direct / soutenu]
Longueur : [p. ex. environ 800 mots]

Plan et faits clés :
[Collez ici votre plan et vos notes]

Suivez l'ordre et les titres du plan. N'utilisez que les faits que je vous donne ; si une section a besoin de faits que je n'ai pas fournis, insérez [À COMPLÉTER : …] au lieu de les inventer. Des paragraphes courts, une idée chacun.`,
    },
    gap: 'skill',
    minutesSaved: 20,
    level: 'everyday',
    tags: ['writing'],
  },
];

export const GSHEETS_TIPS: readonly BundledTipInput[] = [
  {
    id: 'gsheets-formula-from-description',
    where: { app: 'gsheets', page: 'spreadsheet', object: 'spreadsheet' },
    title: {
      en: 'Describe the calculation, get the formula',
      de: 'Die Berechnung beschreiben, die Formel erhalten',
      fr: 'Décrire le calcul, obtenir la formule',
    },
    why: {
      en: "You know what you want to calculate, not the syntax. Describe it in words with your column layout and AI writes the Google Sheets formula and explains it.",
      de: 'Sie wissen, was Sie berechnen wollen, nur nicht die Syntax. Beschreiben Sie es in Worten mit Ihrem Spaltenaufbau, und die KI schreibt die Google-Sheets-Formel und erklärt sie.',
      fr: "Vous savez ce que vous voulez calculer, pas la syntaxe. Décrivez-le avec vos propres mots et la disposition de vos colonnes : l'IA écrit la formule Google Sheets et l'explique.",
    },
    prompt: {
      en: `Write a Google Sheets formula.

My columns: [paste the header row and two example rows here, with their column letters, e.g. A: Date, B: Region, C: Amount]

What I want: [describe in words, e.g. "total Amount for EMEA in the current month, in cell F2"]

Give me:
1. The formula, ready to paste.
2. A plain-language explanation of each part.
3. One edge case it doesn't handle (blanks, text in number columns) and the fix.
Prefer functions that work in Google Sheets (e.g. FILTER, QUERY, XLOOKUP, ARRAYFORMULA).`,
      de: `Schreiben Sie eine Formel für Google Sheets.

Meine Spalten: [Hier die Kopfzeile und zwei Beispielzeilen mit ihren Spaltenbuchstaben einfügen, z. B. A: Datum, B: Region, C: Betrag]

Was ich möchte: [in Worten beschreiben, z. B. „Summe von Betrag für EMEA im aktuellen Monat, in Zelle F2“]

Nennen Sie mir:
1. Die Formel, fertig zum Einfügen.
2. Eine verständliche Erklärung jedes Teils.
3. Einen Sonderfall, den sie nicht abdeckt (leere Zellen, Text in Zahlenspalten), und die Lösung dafür.
Verwenden Sie bevorzugt Funktionen, die in Google Sheets funktionieren (z. B. FILTER, QUERY, XLOOKUP, ARRAYFORMULA).`,
      fr: `Écrivez une formule Google Sheets.

Mes colonnes : [Collez ici la ligne d'en-tête et deux lignes d'exemple avec leurs lettres de colonne, p. ex. A : Date, B : Région, C : Montant]

Ce que je veux : [décrivez-le avec vos mots, p. ex. « total de Montant pour EMEA sur le mois en cours, dans la cellule F2 »]

Donnez-moi :
1. La formule, prête à coller.
2. Une explication simple de chaque partie.
3. Un cas limite qu'elle ne gère pas (cellules vides, texte dans des colonnes numériques) et la correction.
Privilégiez les fonctions disponibles dans Google Sheets (p. ex. FILTER, QUERY, XLOOKUP, ARRAYFORMULA).`,
    },
    gap: 'clarity',
    minutesSaved: 10,
    level: 'first_steps',
    tags: ['spreadsheets', 'formulas'],
  },
  {
    id: 'gsheets-explain-formula',
    where: { app: 'gsheets', page: 'spreadsheet', object: 'spreadsheet' },
    title: {
      en: "Understand the formula you inherited",
      de: 'Die übernommene Formel verstehen',
      fr: 'Comprendre la formule dont vous avez hérité',
    },
    why: {
      en: "Afraid to touch a colleague's nested formula? AI explains what it does step by step, so you can change it without breaking the sheet.",
      de: 'Sie trauen sich nicht an die verschachtelte Formel einer Kollegin oder eines Kollegen? Die KI erklärt Schritt für Schritt, was sie tut, damit Sie sie ändern können, ohne die Tabelle zu beschädigen.',
      fr: "Vous n'osez pas toucher à la formule imbriquée d'un collègue ? L'IA explique pas à pas ce qu'elle fait, pour que vous puissiez la modifier sans casser le tableur.",
    },
    prompt: {
      en: `Explain this Google Sheets formula to me step by step, from the innermost function out. Then tell me what it returns for a typical row, what could make it return an error, and how to simplify it if possible.

Column headers it refers to: [e.g. A: Date, B: Owner, C: Amount]

Formula:
[paste the formula here]`,
      de: `Erklären Sie mir diese Google-Sheets-Formel Schritt für Schritt, von der innersten Funktion nach außen. Sagen Sie mir dann, was sie für eine typische Zeile zurückgibt, wodurch sie einen Fehler liefern könnte und wie sie sich, wenn möglich, vereinfachen lässt.

Spaltenüberschriften, auf die sie sich bezieht: [z. B. A: Datum, B: Verantwortlich, C: Betrag]

Formel:
[Hier die Formel einfügen]`,
      fr: `Expliquez-moi cette formule Google Sheets pas à pas, de la fonction la plus imbriquée vers l'extérieur. Dites-moi ensuite ce qu'elle renvoie pour une ligne typique, ce qui pourrait la faire renvoyer une erreur, et comment la simplifier si possible.

En-têtes des colonnes auxquelles elle fait référence : [p. ex. A : Date, B : Responsable, C : Montant]

Formule :
[Collez ici la formule]`,
    },
    gap: 'confidence',
    minutesSaved: 6,
    level: 'first_steps',
    tags: ['spreadsheets', 'formulas'],
  },
  {
    id: 'gsheets-clean-data',
    where: { app: 'gsheets', page: 'spreadsheet', object: 'spreadsheet' },
    title: {
      en: 'Plan a clean-up of messy data',
      de: 'Die Bereinigung unordentlicher Daten planen',
      fr: 'Planifier le nettoyage de données désordonnées',
    },
    why: {
      en: 'Inconsistent names, dates and duplicates eat hours. Show AI a sample and it proposes the clean-up steps and formulas, before you touch the real data.',
      de: 'Uneinheitliche Namen, Datumsangaben und Dubletten kosten Stunden. Zeigen Sie der KI eine Stichprobe, und sie schlägt Schritte und Formeln zur Bereinigung vor, bevor Sie die echten Daten anfassen.',
      fr: "Noms et dates incohérents, doublons : tout cela coûte des heures. Montrez un échantillon à l'IA, et elle propose les étapes et formules de nettoyage avant que vous ne touchiez aux vraies données.",
    },
    prompt: {
      en: `Here is a sample of messy spreadsheet data (headers plus about 20 rows; sensitive values replaced):
[paste the sample here]

1. List every data-quality problem you see (inconsistent formats, duplicates, typos, mixed units, blanks), with examples.
2. Propose a step-by-step clean-up plan I can do in Google Sheets, with a formula or feature for each step (e.g. TRIM, PROPER, SPLIT, REGEXREPLACE, Data cleanup > Remove duplicates).
3. Suggest validation rules to keep it clean from now on.
Work on a copy: tell me which steps are destructive.`,
      de: `Hier ist eine Stichprobe unordentlicher Tabellendaten (Kopfzeile und etwa 20 Zeilen; sensible Werte ersetzt):
[Hier die Stichprobe einfügen]

1. Listen Sie jedes Datenqualitätsproblem auf, das Sie sehen (uneinheitliche Formate, Dubletten, Tippfehler, gemischte Einheiten, leere Zellen), mit Beispielen.
2. Schlagen Sie einen schrittweisen Plan zur Bereinigung in Google Sheets vor, mit einer Formel oder Funktion für jeden Schritt (z. B. TRIM, PROPER, SPLIT, REGEXREPLACE, Datenbereinigung > Duplikate entfernen).
3. Schlagen Sie Validierungsregeln vor, damit die Daten künftig sauber bleiben.
Arbeiten Sie mit einer Kopie: Sagen Sie mir, welche Schritte Daten unwiderruflich verändern.`,
      fr: `Voici un échantillon de données de tableur désordonnées (en-têtes et une vingtaine de lignes ; valeurs sensibles remplacées) :
[Collez ici l'échantillon]

1. Listez chaque problème de qualité des données que vous voyez (formats incohérents, doublons, fautes de frappe, unités mélangées, cellules vides), avec des exemples.
2. Proposez un plan de nettoyage étape par étape réalisable dans Google Sheets, avec une formule ou une fonctionnalité pour chaque étape (p. ex. TRIM, PROPER, SPLIT, REGEXREPLACE, Nettoyage des données > Supprimer les doublons).
3. Suggérez des règles de validation pour que les données restent propres à l'avenir.
Travaillez sur une copie : indiquez-moi quelles étapes modifient les données de façon irréversible.`,
    },
    gap: 'skill',
    minutesSaved: 25,
    level: 'advanced',
    tags: ['spreadsheets', 'data'],
  },
];

export const GSLIDES_TIPS: readonly BundledTipInput[] = [
  {
    id: 'gslides-storyline',
    where: { app: 'gslides', page: 'presentation', object: 'presentation' },
    title: {
      en: 'Find the storyline before you polish slides',
      de: 'Die Storyline finden, bevor Sie Folien gestalten',
      fr: 'Trouver le fil conducteur avant de soigner les diapositives',
    },
    why: {
      en: 'Most decks fail on story, not design. AI turns your key points into a slide-by-slide storyline with one message per slide, and speaker notes.',
      de: 'Die meisten Präsentationen scheitern an der Geschichte, nicht am Design. Die KI macht aus Ihren Kernpunkten eine Storyline Folie für Folie, mit einer Botschaft pro Folie und Sprechernotizen.',
      fr: "La plupart des présentations échouent sur le fond, pas sur la forme. L'IA transforme vos points clés en un fil conducteur diapositive par diapositive, avec un message par diapositive et des notes pour l'orateur.",
    },
    prompt: {
      en: `Help me structure a presentation.

Audience and what they care about: [describe]
The decision or action I want from them: [describe]
Time slot: [e.g. 15 minutes]
My key points and data:
[paste your notes here]

Give me a slide-by-slide storyline (max 10 slides): for each, a headline that states the message as a full sentence, 2-3 supporting points, and a suggested visual. Then 2-3 lines of speaker notes for each slide. Start with the conclusion, not the background.`,
      de: `Helfen Sie mir, eine Präsentation zu strukturieren.

Zielgruppe und was ihr wichtig ist: [beschreiben]
Die Entscheidung oder Handlung, die ich von ihr möchte: [beschreiben]
Zeitrahmen: [z. B. 15 Minuten]
Meine Kernpunkte und Daten:
[Hier Ihre Notizen einfügen]

Erstellen Sie eine Storyline Folie für Folie (höchstens 10 Folien): jeweils eine Überschrift, die die Botschaft als ganzen Satz formuliert, 2–3 stützende Punkte und einen Vorschlag für eine Visualisierung. Dann 2–3 Zeilen Sprechernotizen pro Folie. Beginnen Sie mit der Schlussfolgerung, nicht mit dem Hintergrund.`,
      fr: `Aidez-moi à structurer une présentation.

Public et ce qui compte pour lui : [décrivez]
La décision ou l'action que j'attends de lui : [décrivez]
Durée : [p. ex. 15 minutes]
Mes points clés et mes données :
[Collez ici vos notes]

Donnez-moi un déroulé diapositive par diapositive (10 diapositives maximum) : pour chacune, un titre qui énonce le message en une phrase complète, 2 à 3 points à l'appui et un visuel suggéré. Puis 2 à 3 lignes de notes pour l'orateur par diapositive. Commencez par la conclusion, pas par le contexte.`,
    },
    gap: 'skill',
    minutesSaved: 20,
    level: 'everyday',
    tags: ['presentations'],
  },
];
