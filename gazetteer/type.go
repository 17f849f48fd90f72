package gazetteer

import (
	"fmt"
	"slices"
)

// Type is the type of a gazetteer entry. The zero value is not a type: an
// entry whose "type" field is missing fails validation.
type Type uint8

// Entry types.
const (
	Person       Type = iota + 1 // PERSON: a named person
	Country                      // COUNTRY: an ISO 3166-1 country or territory
	Location                     // LOCATION: a city, region, sea, river… (not a country)
	Organization                 // ORGANIZATION: an institution, company, party, armed group…
)

var typeNames = [...]string{"", "PERSON", "COUNTRY", "LOCATION", "ORGANIZATION"}

// Types returns the entry types in their declaration order.
func Types() []Type { return []Type{Person, Country, Location, Organization} }

// String returns PERSON, COUNTRY, LOCATION or ORGANIZATION, and Type(N) for
// any other value.
func (t Type) String() string {
	if t > 0 && int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// Valid reports whether t is one of the four entry types.
func (t Type) Valid() bool { return t > 0 && int(t) < len(typeNames) }

// ParseType parses PERSON, COUNTRY, LOCATION or ORGANIZATION (exactly, upper
// case, as in the file format).
func ParseType(s string) (Type, error) {
	for i, n := range typeNames {
		if i > 0 && n == s {
			return Type(i), nil
		}
	}
	return 0, fmt.Errorf("unknown type %q (want PERSON, COUNTRY, LOCATION or ORGANIZATION)", s)
}

// MarshalText implements encoding.TextMarshaler, so that a Type is written
// to JSON as its name. An invalid Type is an error.
func (t Type) MarshalText() ([]byte, error) {
	if !t.Valid() {
		return nil, fmt.Errorf("gazetteer: cannot marshal invalid %v", t)
	}
	return []byte(typeNames[t]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseType.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Role is the role of a person's position. The vocabulary is closed: only the
// constants below are valid (see FORMAT.md).
type Role string

// The role vocabulary.
const (
	RolePresident               Role = "president"
	RoleVicePresident           Role = "vice_president"
	RolePrimeMinister           Role = "prime_minister"
	RoleDeputyPrimeMinister     Role = "deputy_prime_minister"
	RoleKing                    Role = "king"
	RoleQueen                   Role = "queen"
	RoleCrownPrince             Role = "crown_prince"
	RoleEmir                    Role = "emir"
	RoleSultan                  Role = "sultan"
	RoleChancellor              Role = "chancellor"
	RoleSupremeLeader           Role = "supreme_leader"
	RoleHeadOfState             Role = "head_of_state"
	RoleHeadOfGovernment        Role = "head_of_government"
	RoleForeignMinister         Role = "foreign_minister"
	RoleDefenseMinister         Role = "defense_minister"
	RoleInteriorMinister        Role = "interior_minister"
	RoleFinanceMinister         Role = "finance_minister"
	RoleMinister                Role = "minister"
	RoleSecretaryGeneral        Role = "secretary_general"
	RoleDirectorGeneral         Role = "director_general"
	RolePresidentOfOrganization Role = "president_of_organization"
	RoleSpokesperson            Role = "spokesperson"
	RoleArmyChief               Role = "army_chief"
	RoleCommander               Role = "commander"
	RolePartyLeader             Role = "party_leader"
	RoleGovernor                Role = "governor"
	RoleMayor                   Role = "mayor"
	RoleAmbassador              Role = "ambassador"
	RoleChairman                Role = "chairman"
	RoleCEO                     Role = "ceo"
	RoleLeader                  Role = "leader"
)

var roles = []Role{
	RolePresident, RoleVicePresident, RolePrimeMinister, RoleDeputyPrimeMinister,
	RoleKing, RoleQueen, RoleCrownPrince, RoleEmir, RoleSultan, RoleChancellor,
	RoleSupremeLeader, RoleHeadOfState, RoleHeadOfGovernment, RoleForeignMinister,
	RoleDefenseMinister, RoleInteriorMinister, RoleFinanceMinister, RoleMinister,
	RoleSecretaryGeneral, RoleDirectorGeneral, RolePresidentOfOrganization,
	RoleSpokesperson, RoleArmyChief, RoleCommander, RolePartyLeader, RoleGovernor,
	RoleMayor, RoleAmbassador, RoleChairman, RoleCEO, RoleLeader,
}

// Roles returns the closed role vocabulary in the order of FORMAT.md. The
// slice is the caller's to modify.
func Roles() []Role { return slices.Clone(roles) }

// Valid reports whether r is in the role vocabulary.
func (r Role) Valid() bool { return slices.Contains(roles, r) }

// Position is an office a person holds or held.
type Position struct {
	// Role is what the person is or was (RolePresident…).
	Role Role `json:"role"`
	// Of is the id of the country or organization (country:RU, org:un).
	Of string `json:"of"`
	// From is the year the person took office, 0 when unknown.
	From int `json:"from,omitempty"`
	// To is the year the person left office; 0 means still in office.
	To int `json:"to,omitempty"`
}

// Current reports whether the position is still held (To is 0).
func (p Position) Current() bool { return p.To == 0 }
