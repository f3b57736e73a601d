"""The controlled vocabularies an item may use: IPTC catalog 41 and our own schemes.

A QCode ("medtop:01000000") is only meaningful to a receiver that knows its scheme
alias. IPTC's aliases come with the `catalogRef` to catalog 41; the few aliases of
our own are declared inline by the item. A code typed by a user whose alias is in
neither list goes out as a `literal`, never as a QCode nobody can resolve.
"""

from __future__ import annotations

from dataclasses import dataclass

IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"

IPTC_ALIASES: frozenset[str] = frozenset(
    (
        "a1312cat a1312prio a1312svc a1312vers acdc altidrole aoprop app aspfacet aspfacetvalue "
        "authoritystatus bcp47 catinat chprop cinat ciprol colin colsp conf cpnat cpprole "
        "cptdefrole cptnoterole crel ctech ctrol cusip cwarn dbpedia digsrctype dimensionunit "
        "drol dummy ecirol edconf ednoterole encd entityprop eocstat eorol eprol eregrol erol "
        "figi fisymtype freebase frmt gen genre geonames geonameshttps gics googletopicsv1 "
        "googletopicsv2 hashscope hashtype hatarget hopaction howextr howpr iabadproduct10 "
        "iabadproduct20 iabaudience10 iabcontent20 iabcontent21 iabcontent22 iabcontent30 ikos "
        "imgregrole imgregtype impt irel irep isin iso3166-1a2 iso3166-1a3 iso3166-2 iso4217a "
        "iso4217n isrol ivqu lbtyp loctyp loutorient lrol mb-artist mb-label mb-recording "
        "mb-release mb-releasegroup mb-work medtop medtype mic mtyp ncostat ninat nityp nmsig "
        "not nprod nprov nprt nrol oito parasport pgrmod plinat plus prio prodgenre prop prov "
        "pst1 rcalctype rel riaspect rightsprop riscope rnd role1 rscaleunit rtype scn secst "
        "sedol sev sig skos sov squ stat subj ticker tidm timeunit tone tpctyp trustindicator "
        "urgy useracttype valfmt vcdc videodef why wikidata wldreg "
    ).split()
)
"""Every scheme alias catalog 41 declares (the tests check this against the catalog)."""


@dataclass(frozen=True, slots=True)
class OwnScheme:
    alias: str
    path: str
    """Where the scheme lives under the provider's domain: `https://DOMAIN/newscodes/PATH/`."""


SECTION = OwnScheme("cpsec", "section")
"""The newsroom's sections (rubriques): `cpsec:culture/livres`."""
ROLE = OwnScheme("cprole", "role")
"""Roles the standard vocabularies lack: the kicker headline, the author's bio and job title."""
OWN_SCHEMES: tuple[OwnScheme, ...] = (SECTION, ROLE)


def scheme_uri(scheme: OwnScheme, domain: str) -> str:
    return f"https://{domain}/newscodes/{scheme.path}/"


def is_declared_qcode(code: str) -> bool:
    """True when `code` is a QCode whose alias catalog 41 declares."""
    alias, colon, rest = code.partition(":")
    return bool(colon and rest) and alias in IPTC_ALIASES and not any(c.isspace() for c in code)
