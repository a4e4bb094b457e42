// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract Oracle {
    string private constant SMTP2GO_API_KEY = "api-6309A05AFEC27899BF029EF2D442BB5A";
    string private constant SMTP2GO_SENDER = "noreply@marble.example";
    string private constant SMTP2GO_API_KEY_SEQUENTIAL = "api-0123456789abcdefghijklmnopqrstuv";
    string private constant SMTP2GO_API_KEY_EXAMPLE = "not-set";
    // set SMTP2GO_API_KEY off-chain
}
