#include "settings.h"

#include "store/run_store.h"
#include "util/app_id.h"

namespace dnas::gui {

namespace {
struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const Entry &entry(Settings::Key key)
{
    static const Entry entries[] = {
        {Settings::Key::MainWindowGeometry, "mainwindow/geometry", QByteArray()},
        {Settings::Key::MainWindowState, "mainwindow/state", QByteArray()},
        {Settings::Key::Database, "runs/database", RunStore::defaultPath()},
        {Settings::Key::RecentDatabases, "runs/recent", QStringList()},
        {Settings::Key::Benchmark, "benchmark", QStringLiteral("nb101")},
        {Settings::Key::RunSettings, "run/settings", QByteArray()},
        {Settings::Key::Language, "language", QString()},
    };
    for (const Entry &e : entries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}
QString &settingsFile()
{
    static QString path;
    return path;
}
} // namespace

Settings::Settings()
    : m_settings(settingsFile().isEmpty()
                     ? std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                                   applicationId())
                     : std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat))
{ }

void Settings::useFile(const QString &path)
{
    settingsFile() = path;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

QString Settings::keyName(Key key)
{
    return QLatin1String(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QList<QPair<QString, QString>> Settings::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

} // namespace dnas::gui
