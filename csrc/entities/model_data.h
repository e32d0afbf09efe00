/* placeholder until tools/train_ner.c generates it */
#define NER_NSLOTS 1u
static const uint32_t ner_keys[1] = {0};
static const uint32_t ner_rows[1] = {0};
static const uint8_t ner_tags[1] = {0};
static const int16_t ner_weights[1] = {0};
static const int16_t ner_transitions[ENT_NTAGS * ENT_NTAGS] = {0};
static const int16_t ner_starts[ENT_NTAGS] = {0};
