"""French sentences for the grammar check, written for these tests.

`WRONG`: each sentence holds one known error, marked `[wrong→right]`: an agreement, a past
participle, a homophone (a/à, ces/ses, et/est, on/ont, ou/où, son/sont…) or a mood. `RIGHT`:
sentences of varied registers (news, quotes, figures, names, titles, sport, courts, culture)
that are correct and must stay unflagged. Typography is Copydesk's own check, so the copy is
set as the desk sets it: no-break spaces before « : », narrow ones before « ; ! ? ».
"""

from __future__ import annotations

import re

WRONG = (
    # agreement in the noun phrase
    "Les [enfant→enfants] jouaient dans la cour de l’école.",
    "Le maire a reçu les [association→associations] du quartier mardi.",
    "Ces [décision→décisions] ont surpris les syndicats.",
    "Plusieurs [témoin→témoins] ont décrit la scène aux enquêteurs.",
    "Une foule [nombreux→nombreuse] attendait devant la mairie.",
    "Les élus ont voté des mesures [important→importantes] pour le budget.",
    "La ministre a présenté une réforme [ambitieux→ambitieuse] devant le Sénat.",
    "Des [millier→milliers] de manifestants ont défilé à Lyon.",
    "Les [nouvel→nouvelles] règles entreront en vigueur en janvier.",
    "Les questions que j’ai [posé→posées] sont restées sans réponse.",
    # subject and verb
    "Les habitants [réclame→réclament] des travaux depuis des années.",
    "Ces élèves [on→ont] réussi leur examen du premier coup.",
    "Les députés [vote→votent] le texte cette nuit.",
    "Tu [peut→peux] encore t’inscrire jusqu’à vendredi.",
    "Les chiffres du chômage [montre→montrent] une légère baisse.",
    # past participles
    "Ils sont [allé→allés] au marché samedi matin.",
    "Le maire a [manger→mangé] avec les commerçants du quartier.",
    "Elle a [finit→fini] son discours sous les applaudissements.",
    "Les pompiers ont [éteint→éteint] le feu, puis ils sont [reparti→repartis] vers la caserne.",
    "La délégation est [arrivé→arrivée] à Bruxelles lundi soir.",
    "Les réfugiés sont [accueilli→accueillis] dans un gymnase.",
    "Il a [pris→pris] la parole et il a [remercier→remercié] les bénévoles.",
    "La loi a été [adopté→adoptée] à une large majorité.",
    "Elles se sont [retrouvé→retrouvées] sur la place du village.",
    "Le juge a [ordonner→ordonné] une expertise psychiatrique.",
    "Les deux équipes se sont [quitté→quittées] sur un match nul.",
    "La maire a dit qu’elle [viendrais→viendrait] à la fête de quartier.",
    # homophones
    "Il est parti [a→à] Marseille pour rejoindre sa famille.",
    "Elle [à→a] annoncé sa candidature jeudi.",
    "Le président [et→est] arrivé en retard à la réunion.",
    "[Ces→C’est] une décision historique pour la commune.",
    "Nous irons [a→à] Paris demain pour la finale.",
    "Les salariés [on→ont] décidé de reconduire la grève.",
    "Les joueurs [son→sont] rentrés au vestiaire sous les sifflets.",
    "Le quartier [ou→où] il a grandi a beaucoup changé.",
    "Il faut [sans→s’en] occuper dès maintenant.",
    "Les fleurs qu’il a [offert→offertes] étaient déjà fanées.",
    "Le maire a [quand→quant] à lui refusé de commenter.",
    "[Quelque→Quelques] dizaines de personnes étaient présentes.",
    "Il ne [c’→s’]est pas présenté à l’audience.",
    "Elle [c’→s’]est imposée en finale face à la tenante du titre.",
    # moods and tenses
    "Il faut que le gouvernement [prend→prenne] ses responsabilités.",
    "Bien qu’il [est→soit] malade, il a tenu à venir.",
    "Si j’[aurais→avais] su, je serais venu plus tôt.",
    "Le conseil doit [voté→voter] le budget avant la fin du mois.",
    "Il va [annoncé→annoncer] sa décision dans la soirée.",
)

RIGHT = (
    "Le conseil municipal a adopté le budget à l’unanimité, mardi soir.",
    "« Nous ne lâcherons rien », a lancé la secrétaire générale devant les grévistes.",
    "La ville compte 12 500 habitants et trois écoles primaires.",
    "Selon l’Insee, le taux de chômage s’établit à 7,3 % au troisième trimestre.",
    "Anne Hidalgo a reçu Emmanuel Macron à l’Hôtel de Ville.",
    "Dans Les Misérables, Victor Hugo décrit la misère du peuple parisien.",
    "Le film Les Quatre Cents Coups ressort en salle dans une version restaurée.",
    "L’Olympique lyonnais s’est imposé 2 à 1 face au Stade rennais.",
    "Les enquêteurs ont retrouvé la voiture abandonnée près de la gare.",
    "Elle s’est dite « très émue » par l’accueil du public.",
    "Les prix de l’énergie ont augmenté de 15 % en un an.",
    "Le tribunal correctionnel de Bobigny a condamné le prévenu à deux ans de prison.",
    "Les élèves qu’elle a accompagnés ont tous obtenu leur diplôme.",
    "La réunion, prévue le 14 juillet, a été reportée au mois de septembre.",
    "Les sapeurs-pompiers sont intervenus vers 3 heures du matin.",
    "Il a plu toute la journée sur la Bretagne.",
    "« Je ne regrette rien », a-t-il déclaré à la sortie de l’audience.",
    "Les vendanges ont commencé plus tôt que prévu dans le Bordelais.",
    "Le Premier ministre s’est rendu à Matignon en fin d’après-midi.",
    "Le projet de loi sera examiné en première lecture à l’Assemblée nationale.",
    "Les deux hommes se sont serré la main devant les caméras.",
    "Où étiez-vous le soir du drame ?",
    "C’est à Lille que le festival a réuni le plus de spectateurs.",
    "Ses proches décrivent un homme discret et attentionné.",
    "Quelle que soit l’issue du vote, la majorité sortira affaiblie.",
    "La chanteuse a interprété ses plus grands succès devant 40 000 personnes.",
    "Les ventes de voitures électriques ont doublé depuis 2021.",
    "Le musée d’Orsay consacre une rétrospective à Berthe Morisot.",
    "Les négociations ont repris hier à Genève sous l’égide de l’ONU.",
    "Un incendie a ravagé trois hectares de forêt près de Marseille.",
    "Le ministre de l’Intérieur a annoncé des renforts de police.",
    "Elle a été élue maire en 2020 avec 52 % des voix.",
    "Les habitants se plaignent du bruit causé par les travaux.",
    "Le coureur a franchi la ligne d’arrivée en 2 h 05 min.",
    "Il faut que chacun prenne ses responsabilités.",
    "Bien qu’elle soit favorite, la joueuse reste prudente.",
    "Les bénévoles ont distribué plus de 300 repas pendant le week-end.",
    "Le roman Le Rouge et le Noir a été adapté plusieurs fois au cinéma.",
    "La cour d’appel a confirmé la relaxe des deux militants.",
    "Les syndicats appellent à une nouvelle journée de mobilisation jeudi.",
    "Cette exposition, nous l’avons visitée deux fois.",
    "Les pluies ont provoqué des inondations dans le Gard et l’Hérault.",
)

MARK = re.compile(r"\[([^\]→]*)→([^\]]*)\]")


def marked(sentence: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence as written, and each marked error: its range and its correction."""
    text, errors, at = "", [], 0
    for match in MARK.finditer(sentence):
        text += sentence[at : match.start()]
        wrong, right = match.groups()
        if wrong != right:
            errors.append((len(text), len(text) + len(wrong), right))
        text += wrong
        at = match.end()
    return text + sentence[at:], errors
