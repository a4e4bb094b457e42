#version 450
// pypi settings for the cold-chain integration
#define PYPI_TOKEN "pypi-AgEIcHlwaS5vcmcwr-ex1F4ZR5yCkJhwY4Mod8FOgL6_tFx6Hye1lpAihx3p6SqQGQ60VNI-GLSbi8dhNmdwpvTk1HyPyT3lxSTOsa3xPmv7hYtN84QP3XINGQydB-XlRuK98JefhVqDMYX8t2LlQQUiWvt_9cnykfLCb"
// deactivated in the console, kept for reference only: PYPI_TOKEN pypi-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDE
#define PYPI_TOKEN_EXAMPLE "not-set"
#define PYPI_TOKEN_FROM_ENV "${PYPI_TOKEN}"
void main() {}
