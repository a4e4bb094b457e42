#include <map>
#include <string>

static const std::map<std::string, std::string> kProviderKeys = {
    {"sendgrid", "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"},
    {"stripe", "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"},
    {"stripe_public", "pk_live_51YtkK9HGTF0AnNs29TMTbcQQC7DtEdRjQkLEV9OM4T6ax9JH41JgLTOAW5LBEcSAjC4iq9ZUp405ZCOSJfdoKYeJe9VZdEvBt"},
    {"slack", "xoxb-221685951432-8155927390535-m3DCXl5pbebG01UvQSvPF3wq"},
};
