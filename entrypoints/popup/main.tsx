import { PopupRoot } from '../../components/popup/PopupRoot';
import { mountPage } from '../../components/shared/mountPage';

mountPage('popupTitle', <PopupRoot />);
