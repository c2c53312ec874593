"""Territory knowledge: communes, arrondissements, EPCI, départements, régions."""
from knowledge.territory.resolver import (
    CODE_COMMUNE,
    GARES_DE_PARIS,
    Candidate,
    Resolution,
    commune_by_code,
    find_commune_in_text,
    reset_index,
    resolve_commune,
    territory_index,
)

__all__ = ["CODE_COMMUNE", "GARES_DE_PARIS", "Candidate", "Resolution", "commune_by_code", "find_commune_in_text", "reset_index", "resolve_commune", "territory_index"]
