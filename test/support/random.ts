// One seeded PRNG for tests (kill points and similar choices): the emulator's own, so there is one copy.
export { seededRandom as seeded, type Random } from '../../emulator/simulation/prng';
