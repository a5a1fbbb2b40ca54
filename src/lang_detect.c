/* lang_detect.c - English, French or Spanish, from function words. */
#include "config.h"
#include "lang_detect.h"

#include <string.h>

enum { L_EN, L_FR, L_ES, L_OTHER, N_LANGS };

static const char *const lang_names[N_LANGS] = { "en", "fr", "es", "other" };

/* Frequent words of each language. A word listed under two languages
 * (la, de, que, en, no, on...) tells nothing and is ignored. "other" holds
 * frequent German, Italian, Portuguese and Dutch words, so that text in
 * those languages is not taken for one of ours. Elisions split words:
 * "c'est" gives "c" and "est", "don't" gives "don" and "t". */
static const char *const words_en[] = {
    "the", "and", "you", "your", "is", "are", "was", "were", "to", "of", "we", "our", "this",
    "that", "it", "for", "have", "has", "had", "not", "with", "be", "been", "on", "at",
    "will", "would", "could", "should", "can", "what", "which", "there", "they", "them",
    "their", "from", "by", "or", "if", "but", "about", "just", "please", "thanks", "thank",
    "hi", "hello", "regards", "do", "does", "did", "don", "didn", "doesn", "isn", "won",
    "my", "i", "as", "so", "all", "any", "some", "also", "when", "how", "why", "who", "get",
    "got", "need", "let", "know", "see", "sent", "invoice", "us", "an", "no", "me", "am",
    "here", "again", "still", "yet", "only", "than", "then", "today", "week", "yours",
    NULL
};
static const char *const words_fr[] = {
    "le", "les", "des", "du", "au", "aux", "et", "est", "une", "un", "pas", "pour", "par",
    "avec", "dans", "sur", "nous", "vous", "votre", "vos", "nos", "notre", "cette", "ce",
    "ces", "cet", "mais", "qui", "sont", "été", "être", "avons", "avez", "sommes", "merci",
    "bonjour", "cordialement", "il", "elle", "ils", "je", "j", "l", "d", "qu", "c", "n",
    "ne", "déjà", "aussi", "tout", "tous", "toute", "comme", "plus", "mon", "ma", "mes",
    "ou", "parce", "quand", "faire", "peut", "pouvez", "pouvons", "facture", "semaine",
    "aujourd", "hui", "très", "on", "à", "où", "ça", "leur", "leurs", "encore", "toujours",
    "rien", "chez", "sans", "avoir", "fait", "si", "y", "ai", "avais", "était", "devis",
    "madame", "monsieur", "svp", "bien", "non", "se", "son",
    NULL
};
static const char *const words_es[] = {
    "el", "los", "las", "del", "al", "y", "es", "una", "un", "por", "para", "con", "su",
    "sus", "lo", "muy", "usted", "ustedes", "este", "esta", "esto", "estos", "estas", "pero",
    "quien", "sobre", "son", "está", "están", "estamos", "hemos", "han", "ha", "hay",
    "gracias", "hola", "saludos", "ella", "ellos", "ya", "también", "todo", "todos", "toda",
    "como", "más", "mi", "mis", "o", "porque", "cuando", "hacer", "puede", "pueden",
    "podemos", "favor", "factura", "semana", "hoy", "le", "nos", "se", "si", "no", "me",
    "nada", "sin", "aquí", "muchas", "nuestro", "nuestra", "vez", "tiene", "tenemos",
    "estimado", "estimada", "atentamente", "ser", "fue", "sido", "eso", "esa", "ese",
    "presupuesto", "cliente", "día", "bien",
    NULL
};
static const char *const words_other[] = {
    "der", "die", "das", "und", "ist", "nicht", "ich", "wir", "sie", "mit", "für", "auf",
    "den", "dem", "ein", "eine", "zu", "von", "bitte", "danke", "di", "che", "della", "sono",
    "grazie", "questo", "questa", "gli", "anche", "molto", "ciao", "è", "não", "você",
    "obrigado", "obrigada", "muito", "isso", "uma", "com", "são", "het", "een", "niet",
    "van", "ik", "wij", "dank", "zijn",
    NULL
};

static GHashTable *table;   /* word -> bit mask of languages */

static void
add_words (GHashTable *t, const char *const *words, int lang)
{
    for (; *words; words++) {
        guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (t, *words));
        g_hash_table_insert (t, (gpointer) *words, GUINT_TO_POINTER (mask | (1u << lang)));
    }
}

static GHashTable *
get_table (void)
{
    static gsize once = 0;
    if (g_once_init_enter (&once)) {
        GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);
        add_words (t, words_en, L_EN);
        add_words (t, words_fr, L_FR);
        add_words (t, words_es, L_ES);
        add_words (t, words_other, L_OTHER);
        table = t;
        g_once_init_leave (&once, 1);
    }
    return table;
}

/* Letters that only (or mostly) one of the languages writes. */
static void
letter_clues (gunichar c, double clue[N_LANGS])
{
    switch (c) {
    case 0xF1: /* ñ */
        clue[L_ES] = 1.0;
        break;
    case 0xE1: case 0xED: case 0xF3: case 0xFA: /* á í ó ú */
        clue[L_ES] = MAX (clue[L_ES], 0.5);
        break;
    case 0xE8: case 0xEA: case 0xE0: case 0xF9: case 0xE2: case 0xEE: case 0xF4: case 0xFB:
    case 0xE7: case 0x153: case 0xEB: case 0xEF: /* è ê à ù â î ô û ç œ ë ï */
        clue[L_FR] = MAX (clue[L_FR], 0.5);
        break;
    case 0xE3: case 0xF5: case 0xDF: /* ã õ (Portuguese), ß (German) */
        clue[L_OTHER] = 1.0;
        break;
    default:
        break;
    }
}

/* Score one word: a listed word counts 1 for its only language; else its
 * letters may give a half clue. */
static void
score_word (const char *w, const double clue[N_LANGS], double scores[N_LANGS])
{
    guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (get_table (), w));
    if (mask) {
        for (int l = 0; l < N_LANGS; l++)
            if (mask == (1u << l))
                scores[l] += 1.0;
        return;
    }
    for (int l = 0; l < N_LANGS; l++)
        scores[l] += clue[l];
}

const char *
rf_lang_detect_scores (const char *text, gsize len, double scores[N_LANGS], int *words_out)
{
    char word[64];
    gsize wlen = 0;
    double clue[N_LANGS] = { 0 };
    int words = 0, best = L_OTHER, second = -1;
    const char *p = text, *end = text ? text + len : NULL;
    gboolean done = text == NULL;

    memset (scores, 0, sizeof (double) * N_LANGS);
    while (!done) {
        gunichar c = p < end ? g_utf8_get_char_validated (p, end - p) : 0;
        gboolean letter = p < end && c != (gunichar) -1 && c != (gunichar) -2
                          && g_unichar_isalpha (c);
        if (letter) {
            c = g_unichar_tolower (c);
            letter_clues (c, clue);
            if (wlen + 6 < sizeof word)
                wlen += (gsize) g_unichar_to_utf8 (c, word + wlen);
        } else if (wlen > 0) {
            word[wlen] = '\0';
            score_word (word, clue, scores);
            words++;
            wlen = 0;
            memset (clue, 0, sizeof clue);
        }
        if (p >= end)
            done = TRUE;
        else if (c == (gunichar) -1 || c == (gunichar) -2)
            p++;
        else {
            if (c == 0xBF || c == 0xA1) /* ¿ ¡ */
                scores[L_ES] += 1.0;
            p = g_utf8_next_char (p);
        }
    }
    if (words_out)
        *words_out = words;
    for (int l = 0; l < N_LANGS; l++)
        if (best == L_OTHER || scores[l] > scores[best])
            best = l;
    for (int l = 0; l < N_LANGS; l++)
        if (l != best && (second < 0 || scores[l] > scores[second]))
            second = l;
    /* Too few clues, a tie, or too few of our function words in a long text
     * (another language that shares a few words with ours). */
    if (scores[best] < 1.0 || scores[best] <= scores[second])
        return lang_names[L_OTHER];
    if (words >= 20 && (scores[L_EN] + scores[L_FR] + scores[L_ES]) / words < 0.08)
        return lang_names[L_OTHER];
    return lang_names[best];
}

const char *
rf_lang_detect (const char *text, gsize len)
{
    double scores[N_LANGS];
    return rf_lang_detect_scores (text, len, scores, NULL);
}
