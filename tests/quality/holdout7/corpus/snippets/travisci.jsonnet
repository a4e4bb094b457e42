local k = import 'k.libsonnet';

{ env+: { TRAVIS_API_TOKEN: 'F3Yi9uWRiorqCeLnpNZfG9' } }
local travisCommit = 'd653e7d43942f04e6869e61a01f345d0186fab38';
local travisSecure = '61cQiey17g+ptfKDmzy+D5hbOCYUkL5Kc3gfAo8cQ3NDV+Bbnqy/wdGMb0FztW46W1bHD+JjTMS2qzczAiyvRsYnVHX+ELi1UqbCuNj0I33pIW/6RqZgqIcmhoVLGg/CoY636bEXZeLbcgQkIfEEP41FhSs694Z5AHwJfPab4skRZqeNglWJO9fMpMnwJK7J6m4dJ9IeUUTrasr897LBuWQOhjjIog5SirqRCLfcV5KbtLxRYUyusOcDXimGo3th1sVFwElkZJ2meCdX+jqAGLsmafAGRGKiktEXSvo0luB1UQcRP7BW8aYlLDp8IkXrkFKwUYQkwEafqxVqqLR7iQ==';
local travisToken = std.extVar('TRAVIS_TOKEN');
