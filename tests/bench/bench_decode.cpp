// Figures, not a test: how fast image pages decode (the work done off the GUI thread per page).
#include "codec.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main() {
    QFile sample(QStringLiteral(IMSDESK_TEST_DATA "/ims-api/cloudimage_all_fields_catalogue.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return 1;
    const QJsonObject all = QJsonDocument::fromJson(sample.readAll()).object();
    QTextStream out(stdout);
    for (const int count : {500, 10'000}) {
        QJsonArray images;
        for (int i = 0; i < count; ++i) {
            QJsonObject o = all;
            o.insert(QStringLiteral("id"),
                     QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0')));
            o.insert(QStringLiteral("name"), QStringLiteral("image-%1").arg(i));
            images.append(o);
        }
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("images"), images}})
                                    .toJson(QJsonDocument::Compact);
        // Keep: imsctl's listings and single images; Drop: the window's listings.
        for (const auto attributes : {ims::codec::Attributes::Keep, ims::codec::Attributes::Drop}) {
            QElapsedTimer timer;
            int rounds = 0;
            timer.start();
            qsizetype decoded = 0;
            while (timer.elapsed() < 2000 || rounds < 3) {
                decoded += ims::codec::imagePage(body, attributes).value().images.size();
                ++rounds;
            }
            const double ms = double(timer.elapsed()) / rounds;
            const double mibPerS = body.size() / 1048576.0 / (ms / 1000.0);
            out << "bench_decode: " << count << " images (" << body.size() / 1024 << " KiB, "
                << all.size() << " attributes each), "
                << (attributes == ims::codec::Attributes::Keep ? "Keep" : "Drop") << ": "
                << QString::number(ms, 'f', 1) << " ms per page, "
                << QString::number(mibPerS, 'f', 0) << " MiB/s (" << decoded / rounds
                << " decoded)\n";
        }
    }
    return 0;
}
