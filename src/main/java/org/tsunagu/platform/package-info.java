/**
 * Cross-cutting platform: accounts and security, audit log, i18n, web layout and errors, work
 * lists, background jobs, the embedded database. Open to every module.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Platform",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tsunagu.platform;
