package io.vaultdesk.ui;

/**
 * WebView's {@code loadContent} hands a page to WebKit with every character outside the Basic Multilingual Plane
 * broken into six replacement characters (its two surrogates go over separately): 📅 arrives as "������".
 * As numeric character references those characters are plain ASCII and survive.
 */
final class WebViewText {
    private WebViewText() {
    }

    static String forLoadContent(String html) {
        StringBuilder out = null;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1))) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 64).append(html, 0, i);
                }
                out.append("&#x").append(Integer.toHexString(html.codePointAt(i))).append(';');
                i++;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? html : out.toString();
    }
}
