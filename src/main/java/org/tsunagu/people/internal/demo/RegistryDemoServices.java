package org.tsunagu.people.internal.demo;

import org.tsunagu.people.PeopleApi;
import org.tsunagu.people.internal.admin.AreaAdmin;
import org.tsunagu.people.internal.admin.OrganizationAdmin;
import org.tsunagu.people.internal.admin.StaffAccounts;
import org.tsunagu.people.internal.consent.Consents;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.people.internal.person.PersonRegistry;
import org.tsunagu.people.internal.person.Persons;

/**
 * The registry's services the demo town is written through, as the screens and the API use them,
 * and the two stores it reads or bootstraps with: {@code organizationStore} creates the first
 * organisation before anyone can sign in, {@code persons} reads back the household a registration
 * filed a resident in.
 */
record RegistryDemoServices(
    AreaAdmin areas,
    OrganizationAdmin organizations,
    StaffAccounts accounts,
    PersonRegistry registry,
    Consents consents,
    PeopleApi people,
    Organizations organizationStore,
    Persons persons) {}
