/**
 * The work list: a module contributes its items (WorkItemSource). Part of the platform's published
 * interface.
 */
@org.springframework.modulith.NamedInterface("worklist")
package org.tsunagu.platform.worklist;
