package io.newsgraph.history;

public enum Operation {
    CREATE, UPDATE, DELETE, MERGE
}
