package io.vaultdesk.app;

/** Lower case char by char, so that an offset in the folded text is the same offset in the original. */
final class CaseFolding {
    private CaseFolding() {
    }

    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
