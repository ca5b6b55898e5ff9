package org.tsunagu.platform.demo;

/**
 * A table with a bigserial id, named by the module that owns it, so that others can reserve ids of
 * it without naming the table.
 */
public interface TableSequence {

  /** The table as "schema.table". */
  String qualifiedName();
}
