"""Loading the trained model without the work Rasa 3.6 does for nothing at start-up.

Measured with cProfile on this assistant's model (2 cores): ``Agent.load`` took 94 s, nearly all
of the Rasa server's ready time. Two costs, none of them needed to answer (a third, spaCy's model
loaded twice, is now ``spacy_words``' job):

- ``RasaModel.load`` (DIET, TED) rebuilds a model's layers by fitting it on one example before
  loading its weights; the fit runs Keras' ``train_function`` as a TensorFlow graph, so
  TensorFlow traces and optimises the whole training step (losses, CRF, gradients, optimiser)
  to throw the result away: about 65 s. Here the training loss of that one example is computed
  eagerly, which builds the same layers and variables without gradients nor optimiser step
  (DIET 2.0 s and TED 0.3 s, where an eager fit took 3.3 and 1.4 s), then the model is compiled
  as configured, so the weights loaded afterwards are the trained ones and predictions run in a
  traced ``tf.function`` as before. The optimiser's state stored with the weights is not read.
- The prediction step is traced once at load (so that the first message does not wait); Rasa
  lets AutoGraph rewrite its Python code first (about 4 s). Its control flow depends on the
  configuration only, never on tensor values, so it is traced as plain Python: the same graph.

Parses and dialogue predictions are the same to the last digit (tests/test_fast_load.py loads
the model both ways and compares them). Fine-tuning (``rasa train --finetune``) keeps Rasa's
own load. ``install()`` is called by the declared input channels (``channels.py``), like the
other changes Rasa 3.6 offers no setting for.
"""
from __future__ import annotations

import logging
from typing import Any, Optional, Text

import tensorflow as tf
from rasa.utils import train_utils
from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY
from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator
from rasa.utils.tensorflow.model_data import RasaModelData
from rasa.utils.tensorflow.models import RasaModel

logger = logging.getLogger(__name__)

_rasa_load = RasaModel.load.__func__
_installed = False


def _trace_prediction(model: RasaModel, predict_data_example: RasaModelData) -> None:
    """Trace the prediction step now, without AutoGraph (what ``_rasa_predict`` would build)."""
    if model.run_eagerly:
        return
    generator, _ = train_utils.create_data_generators(
        model_data=predict_data_example, batch_sizes=1, epochs=1, shuffle=False)
    batch_in = next(iter(generator))[0]
    model._tf_predict_step = tf.function(
        model.predict_step, input_signature=model._dynamic_signature(batch_in), autograph=False)
    model.run_inference(predict_data_example)


def _load(cls: type, model_file_name: Text, model_data_example: RasaModelData,
          predict_data_example: Optional[RasaModelData] = None, finetune_mode: bool = False,
          *args: Any, **kwargs: Any) -> RasaModel:
    if finetune_mode:
        return _rasa_load(cls, model_file_name, model_data_example, predict_data_example,
                          finetune_mode, *args, **kwargs)
    model = cls(*args, **kwargs)
    config = kwargs.get("config", {})
    # The training loss of one example, computed eagerly, builds every layer's weights with their
    # trained shapes (the layers of the losses too); no gradient, no optimiser step.
    batch_in = RasaBatchDataGenerator(model_data_example, batch_size=1)[0][0]
    model._training = True
    model.batch_loss(tuple(tf.convert_to_tensor(x) for x in batch_in))
    model._training = False
    model.compile(optimizer=tf.keras.optimizers.Adam(config.get(LEARNING_RATE, 0.001)),
                  run_eagerly=config.get(RUN_EAGERLY))
    status = model.load_weights(model_file_name)
    if status is not None:
        status.expect_partial()  # the optimiser's state in the file: serving never reads it
    if predict_data_example:
        _trace_prediction(model, predict_data_example)
    logger.debug("Model loaded from %s (build step run eagerly).", model_file_name)
    return model


def install() -> None:
    """Replace ``RasaModel.load`` (TED) once per process."""
    global _installed
    if _installed:
        return
    RasaModel.load = classmethod(_load)
    _installed = True
