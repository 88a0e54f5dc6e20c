// Inputs for tests/bench/signing.sh: a 10-page judgment and the appearance the GUI would
// compose (court seal + signer's name, role and date).
#include "../core/tst_signing_util.h"
#include "signing/sealimages.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: bench_signing OUT_DIR\n";
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!cdtest::makeJudgmentPdf(out.filePath(QStringLiteral("judgment-10p.pdf")), 10,
                                 QStringLiteral("（2026）甘01民初123号"))) {
        err << "cannot write the judgment\n";
        return 1;
    }
    auto seal = cd::SealImages::courtSeal(QStringLiteral("甘肃省兰州市中级人民法院"));
    if (!seal) {
        err << seal.errorMessage() << "\n";
        return 1;
    }
    cd::SealImages::Appearance a;
    a.seal = seal.value();
    a.signerName = QStringLiteral("马建国");
    a.role = QStringLiteral("审判长");
    a.date = QDate(2026, 3, 1);
    auto img = cd::SealImages::composeAppearance(a);
    if (!img || !img.value().save(out.filePath(QStringLiteral("appearance.png")))) {
        err << "cannot write the appearance\n";
        return 1;
    }
    return 0;
}
