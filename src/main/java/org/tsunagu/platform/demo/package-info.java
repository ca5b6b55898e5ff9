/**
 * What the modules seed their own tables with, for the demo town and the city-scale set: the
 * contributor interfaces the {@code demo} module runs in order ({@link
 * org.tsunagu.platform.demo.DemoDataContributor}, {@link
 * org.tsunagu.platform.demo.CityScaleContributor}) and the contexts they share facts through, the
 * seeded draws both use ({@code Dice}, {@code Weighted}), COPY in the text format, id blocks
 * reserved in a table's sequence, the platform's own bulk writer (logins and API tokens), and
 * {@code DemoActor}, which acts as a demo login at a past moment so that a module's services write
 * the demo town as they write a worker's data. The {@code demo} module only orchestrates; it names
 * no table of any module.
 */
@org.springframework.modulith.NamedInterface("demo")
package org.tsunagu.platform.demo;
