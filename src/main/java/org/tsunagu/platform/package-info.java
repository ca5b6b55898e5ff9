/**
 * Cross-cutting platform: accounts and security, audit log, i18n, web layout and errors, work
 * lists, numbers index, background jobs, the embedded database. A closed module: other modules use
 * only its named interfaces (the sub-packages marked {@code @NamedInterface}, and {@code
 * db.ModuleSchema}); the rest, such as {@code account}, is its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.tsunagu.platform;
