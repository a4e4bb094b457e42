#include "config.hpp"

const std::map<std::string, std::string> kServiceKeys = {
    {"steam", "99D4B30D7B99D4560503CB223F3A31CB"},
    {"discord_webhook", "https://discord.com/api/webhooks/1646813408692068629/I7QcgohkJVNQov3VeVkdq9cLZdTqjvRgKrCM5irRj2aLit4sLm461H8qsPQjEYAlHfOu"},
    {"build", "2c515c66d03a7bc234fb1b260646af7c363dc9b3"},
};
