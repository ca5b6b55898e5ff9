/**
 * A throw-away module that lives only in the test sources, to show that a module plugs in without
 * any platform file naming it: its permission with a default grant, header link, numbers page,
 * messages ({@code messages-throwaway*.properties} in the test resources) and a write that needs
 * its permission. Every bean here carries {@code @Profile("throwaway")}, so only the tests that ask
 * for it ({@code ThrowawayModuleTest}) see it and the shared test context stays the product's.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Throw-away (tests only)",
    allowedDependencies = {"platform :: *"})
package org.tsunagu.throwaway;
