#include "config.hpp"

const std::map<std::string, std::string> kServiceKeys = {
    {"steam", "4C1B3EBAE14DFAA62901168FE0ADBF1D"},
    {"discord_webhook", "https://discord.com/api/webhooks/1100660285503597001/BHKHtOxea84trMEqwX7fiOjujKe0FL6KAw9zXQ6aYEbHrFuB6BlWl2-Oud1IFDoQ2cXm"},
    {"build", "c3c3e9a50ff1f10f5c346db2965cb6de03441ddf"},
};
