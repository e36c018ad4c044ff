package io.vaultdesk.testing;

/**
 * One link as the oracle sees it: the key it is reported under (the target note's file name when it resolves,
 * else the target as written without alias or heading) and whether it resolves.
 */
record LinkFact(String key, boolean resolved) {
}
