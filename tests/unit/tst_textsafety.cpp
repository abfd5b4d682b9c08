// Server text on a terminal: every control character a terminal or a bidi renderer would act on
// is shown as a visible escape, and everything else is left exactly as it was.
#include "textsafety.h"

#include <QTest>

class TestTextSafety final : public QObject {
    Q_OBJECT

private slots:
    void controlsAreEscaped_data();
    void controlsAreEscaped();
    void noControlCharacterSurvives();
};

void TestTextSafety::controlsAreEscaped_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << "web-frontend-2025"
                           << "web-frontend-2025";
    QTest::newRow("unicode kept") << "образ 镜像 ü 🐧"
                                  << "образ 镜像 ü 🐧";
    QTest::newRow("markup kept") << "<b>x</b>"
                                 << "<b>x</b>";
    QTest::newRow("ESC colour") << "\x1b[31mred\x1b[0m"
                                << "\\x1b[31mred\\x1b[0m";
    QTest::newRow("title set (OSC)") << "a\x1b]0;owned\x07"
                                     << "a\\x1b]0;owned\\x07";
    QTest::newRow("NUL") << QString(QChar(0)) + "x"
                         << "\\x00x";
    QTest::newRow("backspace") << "ok\b\b"
                               << "ok\\x08\\x08";
    QTest::newRow("line breaks") << "a\nb\r\tc"
                                 << "a\\nb\\r\\tc";
    QTest::newRow("DEL") << "a\x7f"
                         << "a\\x7f";
    QTest::newRow("C1 CSI") << QString::fromUtf8("\xc2\x9b"
                                                 "31m")
                            << "\\u009b31m";
    QTest::newRow("C1 NEL") << QString(QChar(0x85)) << "\\u0085";
    QTest::newRow("RLO") << QString::fromUtf8("invoice\u202Efdp.exe") << "invoice\\u202efdp.exe";
    QTest::newRow("isolates") << QString::fromUtf8("\u2066a\u2067b\u2068c\u2069")
                              << "\\u2066a\\u2067b\\u2068c\\u2069";
    QTest::newRow("LRE..PDF") << QString::fromUtf8("\u202A\u202B\u202C\u202D")
                              << "\\u202a\\u202b\\u202c\\u202d";
    QTest::newRow("NBSP kept") << QString(QChar(0xa0)) << QString(QChar(0xa0));
}

void TestTextSafety::controlsAreEscaped() {
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ims::terminalText(text), shown);
}

void TestTextSafety::noControlCharacterSurvives() {
    // Every character up to U+2FFF at once: none of the controls is left in what a terminal is
    // given, and every other character is (the list is the test's own, not the library's).
    const auto control = [](char16_t c) {
        return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
               (c >= 0x2066 && c <= 0x2069);
    };
    QString all;
    qsizetype kept = 0;
    for (char16_t c = 0; c < 0x3000; ++c) {
        all.append(QChar(c));
        kept += control(c) ? 0 : 1;
    }
    const QString shown = ims::terminalText(all);
    qsizetype printable = 0;
    for (QChar c : shown) {
        QVERIFY2(!control(c.unicode()), qPrintable(QString::number(c.unicode(), 16)));
        printable += c.unicode() >= 0x80 ? 1 : 0;
    }
    QCOMPARE(printable, kept - (0x80 - 0x20 - 1)); // the non-ASCII ones, each exactly once
}

QTEST_GUILESS_MAIN(TestTextSafety)
#include "tst_textsafety.moc"
