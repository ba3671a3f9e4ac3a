# Les noms que montrent à la fois la fenêtre et le PDF : types de cartes, ressentis, statuts,
# ce qu’est devenue une étape, couleurs des participants. Les codes du cœur suivent le tiret : card-kind-pain_point.

card-kind-note = Note
card-kind-quote = Citation
card-kind-pain_point = Point de friction
card-kind-idea = Idée
card-kind-opportunity = Opportunité

emotion-plus-2 = Ravi
emotion-plus-1 = Content
emotion-0 = Neutre
emotion-minus-1 = Mécontent
emotion-minus-2 = Contrarié

# Le statut d’une opportunité (féminin).
status-idea = Idée
status-planned = Prévue
status-in_progress = En cours
status-done = Réalisée

# Ce qu’est devenue une étape (féminin).
fate-kept = Conservée
fate-changed = Modifiée
fate-removed = Supprimée
fate-new = Nouvelle

colour-0 = Bleu
colour-1 = Vermillon
colour-2 = Vert
colour-3 = Rose
colour-4 = Ocre
colour-5 = Bleu ciel
colour-6 = Violet
colour-7 = Gris

# Ce que quelqu’un a dit, entre les guillemets de la langue.
quoted = « { $text } »

# Les éléments de preuve d’une opportunité, en une phrase faite de parties jointes par le séparateur.
evidence-step-unrated = personne n’a encore évalué « { $step } »
evidence-step-rated = { $low ->
    [one] { $low } client sur { $rated } a évalué « { $step } » à −{ $score } ou moins
   *[other] { $low } clients sur { $rated } ont évalué « { $step } » à −{ $score } ou moins
}
evidence-quotes = { $quotes ->
    [one] { $quotes } citation
   *[other] { $quotes } citations
}, { $named ->
    [one] { $named } attribuée nommément avec accord
   *[other] { $named } attribuées nommément avec accord
}
evidence-other-cards = { $cards ->
    [one] { $cards } autre carte
   *[other] { $cards } autres cartes
}
evidence-separator = {" ; "}

# À qui une carte est attribuée, quand ce n’est pas le nom d’une personne.
credit-research = Recherche
credit-customer = Un client
credit-team = Équipe

# The months, as dates are written and read (22 November 2026).
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
