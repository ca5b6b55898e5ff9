package org.tsunagu.aid.internal.programme;

/** One service of a programme's menu (買い物, 掃除, 外出付き添い …). */
public record MenuItem(long id, String code, String name, boolean needsDriving, boolean active) {}
