/**
 * The signed-in user, roles, module-declared permissions (ModulePermissions) and @WritePermission.
 * Part of the platform's published interface.
 */
@org.springframework.modulith.NamedInterface("security")
package org.tsunagu.platform.security;
